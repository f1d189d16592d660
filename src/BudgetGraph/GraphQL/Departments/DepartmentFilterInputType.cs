using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>DepartmentFilterInput.</summary>
public sealed class DepartmentFilterInputType : InputObjectGraphType<DepartmentFilter>
{
    public DepartmentFilterInputType()
    {
        Name = "DepartmentFilterInput";
        Description = "部门筛选 — filter on departments; all given fields must hold. Without a scope condition only departments (scope DEPARTMENT) are listed.";
        Field<ListGraphType<NonNullGraphType<DepartmentFilterInputType>>>("and").Description("且: all of these filters.");
        Field<ListGraphType<NonNullGraphType<DepartmentFilterInputType>>>("or").Description("或: any of these filters.");
        Field<StringOperationFilterInputType>("name").Description("名称 as published.");
        Field<StringOperationFilterInputType>("code").Description("部门代码/单位代码.");
        Field<StringOperationFilterInputType>("region").Description("行政区划代码 (administrative division code).");
        Field<ScopeOperationFilterInputType>("scope").Description("部门 or 单位.");
    }

    /// <summary>The and/or branches of the whole filter, nested ones counted, are bounded as the input is read (<see cref="FilterLimits"/>).</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var filter = (DepartmentFilter)base.ParseDictionary(value);
        filter.Branches = FilterLimits.Branches(filter.And, filter.Or, f => f.Branches);
        return filter;
    }
}
