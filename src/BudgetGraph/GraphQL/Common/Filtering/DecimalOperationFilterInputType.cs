using BudgetGraph.GraphQL.Common.Money;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>DecimalOperationFilterInput.</summary>
public sealed class DecimalOperationFilterInputType : OperationFilterInputType<DecimalOperationFilter>
{
    public DecimalOperationFilterInputType()
    {
        Name = "DecimalOperationFilterInput";
        Description = "金额条件 — operators on an amount, compared exactly in 元 (YUAN); all given operators must hold.";
        Field<Money.DecimalGraphType>("eq").Description("等于: equal to.");
        Field<Money.DecimalGraphType>("neq").Description("不等于: not equal to.");
        Field<ListGraphType<NonNullGraphType<Money.DecimalGraphType>>>("in").Description("属于: one of these.");
        Field<Money.DecimalGraphType>("gt").Description("大于: greater than.");
        Field<Money.DecimalGraphType>("gte").Description("大于等于: greater than or equal to.");
        Field<Money.DecimalGraphType>("lt").Description("小于: less than.");
        Field<Money.DecimalGraphType>("lte").Description("小于等于: less than or equal to.");
    }
}
