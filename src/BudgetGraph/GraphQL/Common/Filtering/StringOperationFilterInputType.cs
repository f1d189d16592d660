using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>StringOperationFilterInput.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType<StringOperationFilter>
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Operators on a text field; all given operators must hold.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("None of these.");
        Field<StringGraphType>("startsWith").Description("Starts with (e.g. \"201\" selects a functional 类, \"20103\" a 款).");
        Field<StringGraphType>("contains").Description("Contains this text.");
    }
}
