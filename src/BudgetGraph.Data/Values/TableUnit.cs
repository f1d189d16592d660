namespace BudgetGraph.Data.Values;

/// <summary>The unit a disclosed table states (单位：元 / 单位：万元).</summary>
public enum TableUnit
{
    Yuan,
    WanYuan,
    YiYuan,
}
