namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>ASC or DESC.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
