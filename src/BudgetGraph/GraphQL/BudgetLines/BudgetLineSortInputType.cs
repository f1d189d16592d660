using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLineSortInput.</summary>
public sealed class BudgetLineSortInputType : InputObjectGraphType<BudgetLineSort>
{
    public BudgetLineSortInputType()
    {
        Name = "BudgetLineSortInput";
        Description = "明细排序 — sort budget lines; the line id breaks ties, so paging is stable.";
        Field<SortEnumGraphType>("year").Description("按年度: by fiscal year.");
        Field<SortEnumGraphType>("amount").Description("按金额: by amount.");
        Field<SortEnumGraphType>("functional").Description("按功能分类科目: by functional code.");
        Field<SortEnumGraphType>("department").Description("按部门: by department id.");
    }
}
