using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// A reconciliation finding. Severity as the API spells it (INFO, WARNING, ERROR); difference in 元, stated minus
/// computed, as an exact decimal (37500 for the reference document's 3.75 万元), null where it does not apply.
/// </summary>
internal sealed record FindingJson(string Severity, string Code, string? Table, decimal? Difference, string Message, IReadOnlyList<LocationJson> Locations)
{
    public static FindingJson From(Finding finding) => new(
        CliJson.ConstantCase(finding.Severity),
        finding.Code,
        finding.Table,
        finding.Difference is { } difference ? Money.ToYuan(difference) : null,
        finding.Message,
        [.. finding.Locations.Select(l => LocationJson.From(l.Source))]);
}
