using BudgetGraph.DisclosureGenerator.Catalog;

namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>Spending on one economic code pair (部门 code / 政府 code), in 元, split into 人员经费 and 公用经费.</summary>
public sealed record EconomicItem(EconomicPair Pair, long Personnel, long Public)
{
    public long Total => Personnel + Public;
}
