using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Beijing;

/// <summary>
/// The 13 tables of a Beijing 部门预算报表 (附件2: "预算01表 收支总表" … "预算13表 部门整体支出绩效目标表", 万元 with six
/// decimals). No table prints 类 or 款 rows. 支出总表 lists each functional 项 once per economic classification, as
/// "2050803-培训支出 50203-培训费 30216-培训费" (functional, government economic, department economic), its 合计 last;
/// 一般公共预算支出表 lists the 项 of each unit in turn, without the unit's name, 基本支出 split into 小计 = 人员经费 +
/// 公用经费; 一般公共预算基本支出表 pairs each department economic code with its government one. The department is named
/// only in 部门整体支出绩效目标表 ("部门名称  北京市气象局"), the year only under its title ("（2026年度）"). The narrative
/// (情况说明) is a file of its own, 附件1.
/// </summary>
internal static class BeijingBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "06";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收支总表"),
        new("02", "收入总表"),
        new(Expenditure, "支出总表", ["合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"]) { DashedCodeKey = '2' },
        new("04", "财政拨款收支总表"),
        new(GeneralPublicBudget, "一般公共预算支出表", ["合计", "小计", "人员经费", "公用经费", "项目支出总数", "扣除基建项目后预算数"]) { Sums = [new(0, [1, 4]), new(1, [2, 3])] },
        new(BasicEconomic, "一般公共预算基本支出表", ["合计", "人员经费", "公用经费"]) { DashedCodeKey = '3' },
        new("07", "政府性基金预算支出表"),
        new("08", "国有资本经营预算支出表"),
        new("09", "财政拨款“三公”经费支出表"),
        new("10", "政府采购预算明细表"),
        new("11", "财政拨款政府购买服务明细表"),
        new("12", "项目支出绩效目标表"),
        new("13", "部门整体支出绩效目标表"),
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

    /// <summary>Beijing prefixes each title with its number, "预算01表"; Shenzhen, printing some of the same titles, "表1" on its own line.</summary>
    public static LayoutFamilyKind Department { get; } = new("beijing-dept-budget", Scope.Department, "", "部门预算", All, Views)
    {
        Marker = new Regex(@"^预算\d{2}表", RegexOptions.CultureInvariant),
        NarrativeIsAnotherFile = true,
    };
}
