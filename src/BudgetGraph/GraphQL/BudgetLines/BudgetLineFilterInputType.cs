using BudgetGraph.GraphQL.Common.Enums;
using BudgetGraph.GraphQL.Common.Filtering;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.BudgetLines;

/// <summary>BudgetLineFilterInput.</summary>
public sealed class BudgetLineFilterInputType : InputObjectGraphType<BudgetLineFilter>
{
    public BudgetLineFilterInputType()
    {
        Name = "BudgetLineFilterInput";
        Description = "明细筛选 — filter on budget lines; all given fields must hold (and with a query's year/stage arguments).";
        Field<ListGraphType<NonNullGraphType<BudgetLineFilterInputType>>>("and").Description("且: all of these filters.");
        Field<ListGraphType<NonNullGraphType<BudgetLineFilterInputType>>>("or").Description("或: any of these filters.");
        Field<IntOperationFilterInputType>("year").Description("预算年度: fiscal year.");
        Field<BudgetStageOperationFilterInputType>("stage").Description("预算 or 决算.");
        Field<IdOperationFilterInputType>("department").Description("部门: a department's id selects its own lines and its units' lines.");
        Field<StringOperationFilterInputType>("region").Description("行政区划代码 (administrative division code) of the line's department.");
        Field<StringOperationFilterInputType>("functional").Description("支出功能分类 code; startsWith \"201\" selects a 类, \"20103\" a 款.");
        Field<StringOperationFilterInputType>("economicDepartment").Description("部门预算支出经济分类 code (301, 30101).");
        Field<StringOperationFilterInputType>("economicGovernment").Description("政府预算支出经济分类 code (501, 50101).");
        Field<ExpenditureTypeOperationFilterInputType>("expenditureType").Description("基本支出 (人员经费, 公用经费) or 项目支出.");
        Field<FundingSourceOperationFilterInputType>("fundingSource").Description("收入来源.");
        Field<DecimalOperationFilterInputType>("amount").Description("Amount, compared in 元 (YUAN).");
        Field<LineKindOperationFilterInputType>("kind").Description("明细口径: which view the line belongs to (EXPENDITURE, ECONOMIC, INCOME).");
    }

    /// <summary>The and/or branches of the whole filter, nested ones counted, are bounded as the input is read (<see cref="FilterLimits"/>).</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var filter = (BudgetLineFilter)base.ParseDictionary(value);
        filter.Branches = FilterLimits.Branches(filter.And, filter.Or, f => f.Branches);
        return filter;
    }
}
