using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>FundingSourceOperationFilterInput.</summary>
public sealed class FundingSourceOperationFilterInputType : EnumOperationFilterInputType<FundingSourceGraphType, Data.Values.FundingSource>
{
    public FundingSourceOperationFilterInputType()
        : base("FundingSource")
    {
    }
}
