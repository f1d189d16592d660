using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>IntOperationFilterInput.</summary>
public sealed class IntOperationFilterInputType : InputObjectGraphType<IntOperationFilter>
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Operators on an integer (e.g. a fiscal year); all given operators must hold.";
        Field<IntGraphType>("eq").Description("Equal to.");
        Field<IntGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("nin").Description("None of these.");
        Field<IntGraphType>("gt").Description("Greater than.");
        Field<IntGraphType>("gte").Description("Greater than or equal to.");
        Field<IntGraphType>("lt").Description("Less than.");
        Field<IntGraphType>("lte").Description("Less than or equal to.");
    }
}
