using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLineSortInput.</summary>
public sealed class BudgetLineSortInputType : InputObjectGraphType<BudgetLineSort>
{
    public BudgetLineSortInputType()
    {
        Name = "BudgetLineSortInput";
        Description = "Sort budget lines; the line id breaks ties, so paging is stable.";
        Field<SortEnumGraphType>("year").Description("By fiscal year.");
        Field<SortEnumGraphType>("amount").Description("By amount.");
        Field<SortEnumGraphType>("functional").Description("By functional code.");
        Field<SortEnumGraphType>("department").Description("By department id.");
    }
}
