using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>BudgetStageOperationFilterInput.</summary>
public sealed class BudgetStageOperationFilterInputType : EnumOperationFilterInputType<BudgetStageGraphType, Data.Values.BudgetStage>
{
    public BudgetStageOperationFilterInputType()
        : base("BudgetStage")
    {
    }
}
