using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Guangzhou;

/// <summary>
/// The 12 tables of a Guangzhou 部门预算 (表1 … 表12 above unnumbered titles, 万元, every cell printed, 0.00 included).
/// 本年支出总体情况表 is the functional expenditure table; 一般公共预算支出情况表 prints 小计, 其中：基本支出 and
/// 项目支出, its codes in brackets ("[2060503]科技条件专项"); the basic-expenditure economic table gives one amount per
/// economic code, not split into 人员经费 and 公用经费; the 收入总体情况表 lists units, not functional codes.
/// </summary>
internal static class GuangzhouBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "06";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收支总体情况表"),
        new("02", "收入总体情况表"),
        new(Expenditure, "本年支出总体情况表", ["合计", "基本支出", "项目支出", "事业单位经营支出", "对附属单位补助支出", "上缴上级支出"]),
        new("04", "财政拨款收支总体情况表"),
        new(GeneralPublicBudget, "一般公共预算支出情况表（按功能分类科目）", ["小计", "其中：基本支出", "项目支出"]),
        new(BasicEconomic, "一般公共预算基本支出情况表（按经济分类科目）", ["预算"]),
        new("07", "一般公共预算项目支出情况表（按经济分类科目）"),
        new("08", "财政拨款安排的行政经费及“三公”经费预算表"),
        new("09", "政府性基金预算支出情况表"),
        new("10", "国有资本经营预算支出情况表"),
        new("11", "部门预算基本支出预算表"),
        new("12", "部门预算项目支出及其他支出预算表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        GeneralBudgetBasicColumn = "其中：基本支出",
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(0, ExpenditureType.Basic)],
        EconomicTotalColumn = 0,
    };

    public static LayoutFamilyKind Department { get; } = new("guangzhou-dept-budget", Scope.Department, "", "部门预算", All, Views);
}
