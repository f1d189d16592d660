using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// A reconciliation finding. Severity as the API spells it (INFO, WARNING, ERROR); difference in 元, stated minus
/// computed, as an exact decimal (37500 for the reference document's 3.75 万元), null where it does not apply.
/// </summary>
internal sealed record FindingJson(string Severity, string Code, string? Table, decimal? Difference, string Message, IReadOnlyList<LocationJson> Locations)
{
    /// <summary>A finding as the check reported it (<c>check</c>).</summary>
    public static FindingJson From(FindingRecord finding) =>
        From(finding.Severity, finding.Code, finding.Table, finding.Difference, finding.Message, finding.Locations);

    /// <summary>A finding as the database holds it after an import (<c>import</c>; a later year may have added it).</summary>
    public static FindingJson From(Finding finding) =>
        From(finding.Severity, finding.Code, finding.Table, finding.Difference, finding.Message, finding.Locations.Select(l => l.Source));

    private static FindingJson From(Severity severity, string code, string? table, long? difference, string message, IEnumerable<SourceLocation> locations) => new(
        CliJson.ConstantCase(severity),
        code,
        table,
        difference is { } yuan ? Money.ToYuan(yuan) : null,
        message,
        [.. locations.Select(LocationJson.From)]);
}
