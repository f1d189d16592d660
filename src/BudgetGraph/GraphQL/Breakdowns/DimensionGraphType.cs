using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>Dimension enum.</summary>
public sealed class DimensionGraphType : EnumerationGraphType<Dimension>
{
    public DimensionGraphType()
    {
        Name = "Dimension";
        Description = "分析维度 — what a breakdown or comparison groups by.";
        this.Describe("DEPARTMENT", "部门: by department (expenditure lines; key = department id).");
        this.Describe("FUNCTIONAL", "支出功能分类: level 1 类 (3 digits), 2 款 (5), 3 项 (7).");
        this.Describe("ECONOMIC_DEPARTMENT", "部门预算支出经济分类 of basic spending: level 1 类, 2 款; project spending as one row PROJECT.");
        this.Describe("ECONOMIC_GOVERNMENT", "政府预算支出经济分类 of basic spending: level 1 类, 2 款; project spending as one row PROJECT.");
        this.Describe("EXPENDITURE_TYPE", "支出类型: 人员经费, 公用经费, 项目支出.");
        this.Describe("FUNDING_SOURCE", "收入来源: where the money comes from (income lines).");
    }
}
