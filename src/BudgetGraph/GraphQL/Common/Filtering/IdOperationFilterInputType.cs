using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>IdOperationFilterInput.</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType<IdOperationFilter>
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Operators on an id; all given operators must hold.";
        Field<IdGraphType>("eq").Description("Equal to.");
        Field<IdGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("One of these.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("None of these.");
    }
}
