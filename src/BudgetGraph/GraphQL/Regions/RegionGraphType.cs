using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Departments;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Regions;

/// <summary>Region: an administrative division (行政区划).</summary>
public sealed class RegionGraphType : ObjectGraphType<Region>
{
    public RegionGraphType(DepartmentsByRegionLoader departments)
    {
        Name = "Region";
        Description = "行政区划 — an administrative division, e.g. 410702 新乡市红旗区.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("行政区划代码, the administrative division code, e.g. \"410702\".").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称 as published, e.g. 新乡市红旗区.").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentGraphType>>>>("departments")
            .Description("部门: the departments (scope DEPARTMENT) of this division.")
            .Resolve(context => departments.Load(context, context.Source.Code));
    }
}
