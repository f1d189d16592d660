using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Hangzhou;

/// <summary>
/// The 11 tables of a Hangzhou 部门预算 ("表1：2026年市级部门收支预算总表" …, 万元). No table prints a code: names are
/// indented by level, and their codes come from the reference lists by name under their parent (<see cref="NameCodes"/>).
/// 支出预算总表 splits 总计 into 人员支出, 日常公用支出, 项目支出 and three other columns; 一般公共预算支出预算表 into 小计
/// (人员经费 + 日常公用支出) and 项目支出; the basic-expenditure economic table gives 人员经费 and 日常公用支出 by economic name.
/// Narrow cells wrap an amount's last digit below its row ("576,171.1" / "1").
/// </summary>
internal static class HangzhouBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "06";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收支预算总表"),
        new("02", "收入预算总表"),
        new(Expenditure, "支出预算总表", ["总计", "人员支出", "日常公用支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"])
        {
            CodesFromNames = ClassificationScheme.Functional,
        },
        new("04", "财政拨款收支预算总表"),
        new(GeneralPublicBudget, "一般公共预算支出预算表", ["合计", "小计", "人员经费", "日常公用支出", "项目支出"])
        {
            Sums = [new(0, [1, 4]), new(1, [2, 3])],
            CodesFromNames = ClassificationScheme.Functional,
        },
        new(BasicEconomic, "一般公共预算基本支出预算表", ["合计", "人员经费", "日常公用支出"]) { CodesFromNames = ClassificationScheme.EconomicDepartment },
        new("07", "一般公共预算“三公”经费预算表"),
        new("08", "政府性基金预算支出预算表"),
        new("09", "国有资本经营预算支出预算表"),
        new("10", "项目支出预算表"),
        new("11", "项目支出绩效表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic), (3, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        GeneralBudgetBasicColumn = "小计",
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
    };

    /// <summary>Titles "表1：2026年市级部门收支预算总表": the scope word 市级部门 before each title.</summary>
    public static LayoutFamilyKind Department { get; } = new("hangzhou-dept-budget", Scope.Department, "市级部门|部门", "部门预算", All, Views);
}
