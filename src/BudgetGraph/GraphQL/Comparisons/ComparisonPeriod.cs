using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>One side of a comparison: a fiscal year and stage.</summary>
public sealed record ComparisonPeriod(int Year, BudgetStage Stage);
