using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Chongqing;

/// <summary>
/// The tables of a Chongqing 部门预算 (表一 … 表十二 above "2026 年部门收支总体情况表", 万元, one code column of
/// 3/5/7-digit codes). The 收支总表 opens with 合计 on both sides and prints no 本年支出合计: its expenditure-side 合计 is
/// the printed total. 一般公共预算支出表 splits 基本支出 into 小计 = 人员经费 + 公用经费; the income table prints its 项
/// codes on the line below the row, so it feeds no INCOME lines yet.
/// </summary>
internal static class ChongqingBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "06";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "部门收支总体情况表"),
        new("02", "部门收入总体情况表"),
        new(Expenditure, "部门支出总体情况表", ["总计", "基本支出", "项目支出"]),
        new("04", "财政拨款收支总体情况表"),
        new(GeneralPublicBudget, "一般公共预算支出情况表", ["总计", "小计", "人员经费", "公用经费", "项目支出"]) { Sums = [new(0, [1, 4]), new(1, [2, 3])] },
        new(BasicEconomic, "一般公共预算基本支出情况表", ["总计", "人员经费", "公用经费"]),
        new("07", "政府性基金预算支出情况表"),
        new("08", "财政拨款“三公”经费支出情况表"),
        new("09", "政府采购预算明细表"),
        new("10", "部门整体绩效目标表"),
        new("11", "市级重点专项资金绩效目标表（一级项目）"),
        new("12", "市级一般性项目绩效目标表（一级项目）"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        OverviewIncome = ("合计", 0),
        OverviewExpenditure = ("合计", 1),
        OverviewSpending = "合计",
        OverviewSpendingOccurrence = 1,
        OverviewYearIncome = "合计",
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        GeneralBudgetBasicColumn = "小计",
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
    };

    /// <summary>Chongqing numbers its tables 表一, 表二 …, which Henan and Changsha, printing the same titles, do not.</summary>
    public static LayoutFamilyKind Department { get; } = new("chongqing-dept-budget", Scope.Department, "", "部门预算", All, Views)
    {
        Marker = new Regex(@"^表[一二三四五六七八九十]+$", RegexOptions.CultureInvariant),
    };
}
