using BudgetGraph.Data.Values;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>Findings by severity; info does not count against a document, warning and error do.</summary>
internal sealed record SeverityCountsJson(int Info, int Warning, int Error)
{
    public static SeverityCountsJson Of(IEnumerable<Severity> findings)
    {
        var bySeverity = findings.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        return new(bySeverity.GetValueOrDefault(Severity.Info), bySeverity.GetValueOrDefault(Severity.Warning), bySeverity.GetValueOrDefault(Severity.Error));
    }
}
