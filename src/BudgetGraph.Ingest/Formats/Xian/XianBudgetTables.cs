using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Xian;

/// <summary>
/// The 16 tables of a Xi'an 部门综合预算 ("表1" above "部门综合预算收支总表" …, 元 with two decimals; 2022 prints the
/// year in each title). Its 收支总表 sets the functional and both economic classifications side by side, each side
/// ending in 本年支出合计. 收入总表 and 支出总表 list units by source of funds, not codes: the functional view comes
/// from 一般公共预算支出明细表（按支出功能分类科目）, which splits each row into 人员经费支出, 公用经费支出 and
/// 专项业务经费支出, so it gives the department's total only where all spending is general public budget. The economic
/// tables print the department code and name, then the government code and name ("30101 基本工资 50101 工资奖金津补贴").
/// </summary>
internal static class XianBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "05";
    public const string GeneralBasic = "07";
    public const string BasicEconomic = "08";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "部门综合预算收支总表"),
        new("02", "部门综合预算收入总表"),
        new("03", "部门综合预算支出总表"),
        new("04", "部门综合预算财政拨款收支总表"),
        new(Expenditure, "部门综合预算一般公共预算支出明细表（按支出功能分类科目）", ["合计", "人员经费支出", "公用经费支出", "专项业务经费支出"])
        {
            Synonyms = ["部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）"],
        },
        new("06", "部门综合预算一般公共预算支出明细表（按支出经济分类科目）", ["合计", "人员经费支出", "公用经费支出", "专项业务经费支出"])
        {
            SecondCode = '5',
            Synonyms = ["部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）"],
        },
        new(GeneralBasic, "部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）", ["合计", "人员经费支出", "公用经费支出"])
        {
            Synonyms = ["部门综合预算一般公共预算基本支出明细表（按支出功能分类科目-不含上年结转）"],
        },
        new(BasicEconomic, "部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）", ["合计", "人员经费支出", "公用经费支出"])
        {
            SecondCode = '5',
            Synonyms = ["部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）"],
        },
        new("09", "部门综合预算政府性基金收支表") { Synonyms = ["部门综合预算政府性基金收支表（不含上年结转）"] },
        new("10", "部门综合预算专项业务经费支出表") { Synonyms = ["部门综合预算专项业务经费支出表（不含上年结转）"] },
        new("11", "部门综合预算财政拨款上年结转资金支出表"),
        new("12", "部门综合预算政府采购（资产配置、购买服务）预算表") { Synonyms = ["部门综合预算政府采购（资产配置、购买服务）预算表（不含上年结转）"] },
        new("13", "部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表") { Synonyms = ["部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）"] },
        new("14", "部门专项业务经费绩效目标表") { Synonyms = ["部门预算专项业务经费绩效目标表"] },
        new("15", "部门整体支出绩效目标表"),
        new("16", "专项资金总体绩效目标表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        OverviewGeneralBudget = "(1)一般公共预算拨款",
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic), (3, ExpenditureType.Project)],
        GeneralBudget = GeneralBasic,
        GeneralBudgetBasicColumn = "合计",
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
    };

    public static LayoutFamilyKind Department { get; } = new("xian-dept-budget", Scope.Department, "", "部门预算", All, Views)
    {
        HeadingWord = "部门(?:综合)?预算",
    };
}
