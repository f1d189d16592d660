using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>ScopeOperationFilterInput.</summary>
public sealed class ScopeOperationFilterInputType : EnumOperationFilterInputType<ScopeGraphType, Data.Values.Scope>
{
    public ScopeOperationFilterInputType()
        : base("Scope")
    {
    }
}
