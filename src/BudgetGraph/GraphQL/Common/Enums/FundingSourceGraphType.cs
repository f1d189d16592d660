using GraphQL.Types;
using FundingSourceEntity = BudgetGraph.Data.Values.FundingSource;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>FundingSource: where the money comes from (收入来源).</summary>
public sealed class FundingSourceGraphType : EnumerationGraphType<FundingSourceEntity>
{
    public FundingSourceGraphType()
    {
        Name = "FundingSource";
        Description = "收入来源 — where the money comes from, as the income tables list it.";
        foreach (var value in Values)
            value.Description = FundingSourceLabels.Of((FundingSourceEntity)value.Value!);
    }
}
