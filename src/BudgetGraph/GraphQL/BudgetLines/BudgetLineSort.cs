using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLineSortInput: one field per entry; entries apply in order.</summary>
public sealed class BudgetLineSort
{
    public SortDirection? Year { get; set; }

    public SortDirection? Amount { get; set; }

    public SortDirection? Functional { get; set; }

    public SortDirection? Department { get; set; }
}
