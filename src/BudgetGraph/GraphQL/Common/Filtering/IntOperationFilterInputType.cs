using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>IntOperationFilterInput.</summary>
public sealed class IntOperationFilterInputType : OperationFilterInputType<IntOperationFilter>
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "整数条件 — operators on an integer (e.g. a fiscal year); all given operators must hold.";
        Field<IntGraphType>("eq").Description("等于: equal to.");
        Field<IntGraphType>("neq").Description("不等于: not equal to.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("属于: one of these.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("nin").Description("不属于: none of these.");
        Field<IntGraphType>("gt").Description("大于: greater than.");
        Field<IntGraphType>("gte").Description("大于等于: greater than or equal to.");
        Field<IntGraphType>("lt").Description("小于: less than.");
        Field<IntGraphType>("lte").Description("小于等于: less than or equal to.");
    }
}
