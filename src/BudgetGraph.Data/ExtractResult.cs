namespace BudgetGraph.Data;

/// <summary>What <see cref="SourceArchive.ExtractAsync"/> wrote: how many files, and the names of those it did not hold.</summary>
public sealed record ExtractResult(int Extracted, IReadOnlyList<string> Missing);
