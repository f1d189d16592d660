using BudgetGraph.Data.Values;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>BudgetStage: BUDGET 预算, FINAL_ACCOUNTS 决算.</summary>
public sealed class BudgetStageGraphType : EnumerationGraphType<BudgetStage>
{
    public BudgetStageGraphType()
    {
        Name = "BudgetStage";
        Description = "预算阶段 — whether figures are the plan or the final accounts.";
        this.Describe("BUDGET", "预算: the budget, published in spring of the fiscal year.");
        this.Describe("FINAL_ACCOUNTS", "决算: the final accounts, published the year after.");
    }
}
