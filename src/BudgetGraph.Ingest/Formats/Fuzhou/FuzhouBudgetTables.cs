using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Fuzhou;

/// <summary>
/// The 10 tables of a Fuzhou 单位预算 ("一、收支预算总表" above "2026 年度收支预算总表", 万元 without thousands
/// separators). The overview's grand totals are 收入合计 / 支出合计; the general-budget table prints 小计 = 基本支出 +
/// 项目支出; the basic-expenditure economic table gives one 预算数 per code; the income table lists the unit.
/// </summary>
internal static class FuzhouBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "09";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收支预算总表"),
        new("02", "收入预算总表"),
        new(Expenditure, "支出预算总表", ["合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"]),
        new("04", "财政拨款收支预算总表"),
        new(GeneralPublicBudget, "一般公共预算拨款支出预算表", ["小计", "基本支出", "项目支出"]),
        new("06", "政府性基金预算拨款支出预算表"),
        new("07", "国有资本经营预算拨款支出预算表"),
        new("08", "一般公共预算支出经济分类情况表"),
        new(BasicEconomic, "一般公共预算基本支出经济分类情况表", ["预算数"]),
        new("10", "一般公共预算“三公”经费支出预算表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        OverviewIncome = ("收入合计", 0),
        OverviewExpenditure = ("支出合计", 0),
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(0, ExpenditureType.Basic)],
        EconomicTotalColumn = 0,
    };

    public static LayoutFamilyKind Unit { get; } = new("fuzhou-unit-budget", Scope.Unit, "", "单位预算", All, Views);
}
