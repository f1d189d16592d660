using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>IdOperationFilterInput.</summary>
public sealed class IdOperationFilterInputType : OperationFilterInputType<IdOperationFilter>
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "标识条件 — operators on an id; all given operators must hold.";
        Field<IdGraphType>("eq").Description("等于: equal to.");
        Field<IdGraphType>("neq").Description("不等于: not equal to.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("属于: one of these.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("不属于: none of these.");
    }
}
