using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>DepartmentSortInput.</summary>
public sealed class DepartmentSortInputType : InputObjectGraphType<DepartmentSort>
{
    public DepartmentSortInputType()
    {
        Name = "DepartmentSortInput";
        Description = "部门排序 — sort departments; the id breaks ties.";
        Field<SortEnumGraphType>("name").Description("按名称: by name.");
        Field<SortEnumGraphType>("code").Description("按代码: by code.");
    }
}
