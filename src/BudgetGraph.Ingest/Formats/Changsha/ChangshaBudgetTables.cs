using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Changsha;

/// <summary>
/// The tables of a Changsha 部门预算 ("2026年部门收支总体情况表", 万元, split 类/款/项 columns whose 款 rows print only
/// their own part, a row of column numbers "** ** ** ** 1 2 3" under each header). The 收支总表 lists expenditure by
/// type (基本支出, 项目支出), not by function; the income table nests 其中:经费拨款 inside 本级财政拨款, so it feeds no
/// INCOME lines yet. Told from Henan's and Chongqing's tables of the same titles by the column-number rows.
/// </summary>
internal static class ChangshaBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "06";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "部门收支总体情况表"),
        new("02", "部门收入总体情况表"),
        new(Expenditure, "部门支出总体情况表", ["总计", "基本支出", "项目支出", "事业单位经营支出", "对附属单位补助支出", "上缴上级支出"]),
        new("04", "财政拨款收支总体情况表"),
        new(GeneralPublicBudget, "一般公共预算支出情况表", ["总计", "基本支出", "项目支出"]),
        new(BasicEconomic, "一般公共预算基本支出情况表", ["总计", "人员类", "公用经费"]),
        new("07", "一般公共预算“三公”经费支出情况表"),
        new("08", "政府性基金预算支出情况表"),
        new("09", "项目支出绩效目标表"),
        new("10", "部门整体支出绩效目标表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
    };

    public static LayoutFamilyKind Department { get; } = new("changsha-dept-budget", Scope.Department, "", "部门预算", All, Views)
    {
        Marker = new Regex(@"^\*{4,}1", RegexOptions.CultureInvariant),
    };
}
