using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Loading;

/// <summary>What happened to one file of an import run (the path as named): a result, or the located error that stopped it.</summary>
public sealed record FileOutcome(string Path, ImportResult? Result, DisclosureFormatException? Error)
{
    /// <summary>created, replaced, unchanged or failed: the words of the summary table and of the JSON report.</summary>
    public string Outcome => Result?.Outcome.ToString().ToLowerInvariant() ?? "failed";
}
