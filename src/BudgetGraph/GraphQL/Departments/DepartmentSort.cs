using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>DepartmentSortInput: one field per entry; entries apply in order.</summary>
public sealed class DepartmentSort
{
    public SortDirection? Name { get; set; }

    public SortDirection? Code { get; set; }
}
