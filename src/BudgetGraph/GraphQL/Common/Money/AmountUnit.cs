namespace BudgetGraph.GraphQL.Common.Money;

/// <summary>The unit an amount is returned in (元, 万元, 亿元).</summary>
public enum AmountUnit
{
    Yuan,
    WanYuan,
    YiYuan,
}
