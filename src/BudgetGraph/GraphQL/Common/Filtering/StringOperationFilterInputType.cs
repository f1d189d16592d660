using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>StringOperationFilterInput.</summary>
public sealed class StringOperationFilterInputType : OperationFilterInputType<StringOperationFilter>
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "文本条件 — operators on a text field; all given operators must hold.";
        Field<StringGraphType>("eq").Description("等于: equal to.");
        Field<StringGraphType>("neq").Description("不等于: not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("属于: one of these.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("不属于: none of these.");
        Field<StringGraphType>("startsWith").Description("Starts with (e.g. \"201\" selects a functional 类, \"20103\" a 款).");
        Field<StringGraphType>("contains").Description("包含: contains this text.");
    }
}
