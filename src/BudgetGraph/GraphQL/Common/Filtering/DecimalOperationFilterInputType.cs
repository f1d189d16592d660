using BudgetGraph.GraphQL.Common.Money;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>DecimalOperationFilterInput.</summary>
public sealed class DecimalOperationFilterInputType : InputObjectGraphType<DecimalOperationFilter>
{
    public DecimalOperationFilterInputType()
    {
        Name = "DecimalOperationFilterInput";
        Description = "Operators on an amount, compared exactly in 元 (YUAN); all given operators must hold.";
        Field<Money.DecimalGraphType>("eq").Description("Equal to.");
        Field<Money.DecimalGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<Money.DecimalGraphType>>>("in").Description("One of these.");
        Field<Money.DecimalGraphType>("gt").Description("Greater than.");
        Field<Money.DecimalGraphType>("gte").Description("Greater than or equal to.");
        Field<Money.DecimalGraphType>("lt").Description("Less than.");
        Field<Money.DecimalGraphType>("lte").Description("Less than or equal to.");
    }
}
