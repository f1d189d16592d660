namespace BudgetGraph.Ingest.Parsing;

/// <summary>Where a table begins (its title line) and how to cite it; the caller decides which lines are titles.</summary>
public sealed record TableStart(int Line, string Title, string Label);
