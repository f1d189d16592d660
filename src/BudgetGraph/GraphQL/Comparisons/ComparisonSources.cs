using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>The published cells behind each side of a comparison row (a STATED base has none: it comes from the narrative).</summary>
public sealed record ComparisonSources(IReadOnlyList<SourceRef> Base, IReadOnlyList<SourceRef> Current);
