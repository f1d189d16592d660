namespace BudgetGraph.Data.Values;

/// <summary>预算 (the plan, published in spring) or 决算 (the final accounts, published the year after).</summary>
public enum BudgetStage
{
    Budget,
    FinalAccounts,
}
