namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>Where a comparison's base figure comes from.</summary>
public enum ComparisonBasis
{
    Documents,
    Stated,
}
