using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Paging;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLineConnection.</summary>
public sealed class BudgetLineConnectionGraphType : ConnectionGraphType<BudgetLineGraphType, BudgetLine>
{
    public BudgetLineConnectionGraphType()
        : base("BudgetLine")
    {
    }
}
