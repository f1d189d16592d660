using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>ExpenditureTypeOperationFilterInput.</summary>
public sealed class ExpenditureTypeOperationFilterInputType : EnumOperationFilterInputType<ExpenditureTypeGraphType, Data.Values.ExpenditureType>
{
    public ExpenditureTypeOperationFilterInputType()
        : base("ExpenditureType")
    {
    }
}
