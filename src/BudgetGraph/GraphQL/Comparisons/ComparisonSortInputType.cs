using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>ComparisonSortInput.</summary>
public sealed class ComparisonSortInputType : InputObjectGraphType<ComparisonSort>
{
    public ComparisonSortInputType()
    {
        Name = "ComparisonSortInput";
        Description = "比较结果排序 — sort comparison rows; rows without the sorted value (a null side) go last, the key breaks ties.";
        Field<SortEnumGraphType>("key").Description("按分组键: by group key (code, id, enum value).");
        Field<SortEnumGraphType>("base").Description("By the base-year amount (上年数).");
        Field<SortEnumGraphType>("current").Description("By the compared year's amount (本年数).");
        Field<SortEnumGraphType>("change").Description("By the signed change (增减额).");
        Field<SortEnumGraphType>("absoluteChange").Description("By the size of the change, increases and decreases alike (|增减额|).");
        Field<SortEnumGraphType>("changePercent").Description("By the percent change (增减率).");
    }
}
