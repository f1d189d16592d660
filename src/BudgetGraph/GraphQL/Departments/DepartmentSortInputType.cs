using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>DepartmentSortInput.</summary>
public sealed class DepartmentSortInputType : InputObjectGraphType<DepartmentSort>
{
    public DepartmentSortInputType()
    {
        Name = "DepartmentSortInput";
        Description = "Sort departments; the id breaks ties.";
        Field<SortEnumGraphType>("name").Description("By name.");
        Field<SortEnumGraphType>("code").Description("By code.");
    }
}
