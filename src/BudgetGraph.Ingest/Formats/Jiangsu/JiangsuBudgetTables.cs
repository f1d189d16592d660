using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Jiangsu;

/// <summary>
/// The 13 tables of a Jiangsu budget (Suzhou, Wuxi: 部门预算公开 and 单位预算公开), each under a "公开 NN 表" marker
/// and titled without year or scope ("收支总表"). Amounts in 万元; one code column of 3/5/7-digit codes. The 收入总表
/// lists units, not functional codes, so it feeds no INCOME lines. 一般公共预算支出表 splits 基本支出 into 小计 =
/// 人员经费 + 公用经费: its 合计 = 小计 + 项目支出.
/// </summary>
internal static class JiangsuBudgetTables
{
    public const string Overview = "01";
    public const string Income = "02";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "07";
    public const string BasicEconomic = "08";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收支总表"),
        new(Income, "收入总表"),
        new(Expenditure, "支出总表", ["合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"]),
        new("04", "财政拨款收支总表"),
        new("05", "财政拨款支出表（功能科目）"),
        new("06", "财政拨款基本支出表（经济科目）"),
        new(GeneralPublicBudget, "一般公共预算支出表", ["合计", "小计", "人员经费", "公用经费", "项目支出"]) { Sums = [new(0, [1, 4]), new(1, [2, 3])] },
        new(BasicEconomic, "一般公共预算基本支出表", ["合计", "人员经费", "公用经费"]),
        new("09", "一般公共预算“三公”经费、会议费、培训费支出表"),
        new("10", "政府性基金预算支出表"),
        new("11", "国有资本经营预算支出预算表"),
        new("12", "一般公共预算机关运行经费支出预算表"),
        new("13", "政府采购支出表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        GeneralBudgetBasicColumn = "小计",
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
    };

    /// <summary>The running header of every page, "无锡市统计局 2026 年度部门预算公开", tells a department's budget from a unit's.</summary>
    public static LayoutFamilyKind Department { get; } = new("jiangsu-dept-budget", Scope.Department, "", "部门预算", All, Views)
    {
        Marker = new Regex(@"\d{4}年度部门预算公开$", RegexOptions.CultureInvariant),
    };

    public static LayoutFamilyKind Unit { get; } = new("jiangsu-unit-budget", Scope.Unit, "", "单位预算", All, Views)
    {
        Marker = new Regex(@"\d{4}年度单位预算公开$", RegexOptions.CultureInvariant),
    };
}
