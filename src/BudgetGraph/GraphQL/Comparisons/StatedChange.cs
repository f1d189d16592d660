namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>A change against a prior year as a narrative states it (1/10,000 元, signed), with its reason.</summary>
public sealed record StatedChange(long Change, string? Reason);
