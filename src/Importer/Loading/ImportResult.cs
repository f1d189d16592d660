namespace BudgetGraph.Importer.Loading;

/// <summary>What importing one file did.</summary>
public sealed record ImportResult(string FileName, string DocumentId, ImportOutcome Outcome, int Lines, int Findings);
