using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>The run's files by outcome, the budget lines of the documents it loaded, and their findings by severity.</summary>
internal sealed record ImportTotalsJson(int Files, int Created, int Replaced, int Unchanged, int Failed, int Lines, SeverityCountsJson Findings)
{
    public static ImportTotalsJson Of(IReadOnlyList<FileOutcome> outcomes, ILookup<string, Finding> findings)
    {
        var results = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        return new(
            outcomes.Count,
            outcomes.Count(o => o.Result?.Outcome == ImportOutcome.Created),
            outcomes.Count(o => o.Result?.Outcome == ImportOutcome.Replaced),
            outcomes.Count(o => o.Result?.Outcome == ImportOutcome.Unchanged),
            outcomes.Count(o => o.Result is null),
            results.Sum(r => r.Lines),
            SeverityCountsJson.Of(results.Select(r => r.DocumentId).Distinct().SelectMany(id => findings[id]).Select(f => f.Severity)));
    }
}
