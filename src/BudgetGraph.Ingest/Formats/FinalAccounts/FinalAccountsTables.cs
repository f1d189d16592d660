using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.FinalAccounts;

/// <summary>
/// The 9 tables of the national 部门决算 set, as Shanghai prints them (titles without year or scope prefix; amounts in 万元, 决算数 columns). The
/// functional expenditure table is 支出决算表, whose 本年支出合计 is the document's total (总计 adds carry-overs);
/// 基本支出决算表 is two-sided (人员经费 left, 公用经费 right).
/// </summary>
internal static class FinalAccountsTables
{
    public const string Overview = "01";
    public const string Income = "02";
    public const string Expenditure = "03";
    public const string FiscalOverview = "04";
    public const string GeneralPublicBudget = "05";
    public const string BasicEconomic = "06";
    public const string ThreePublic = "07";
    public const string GovernmentFund = "08";
    public const string StateCapital = "09";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收入支出决算总表"),
        new(Income, "收入决算表", ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]),
        new(Expenditure, "支出决算表", ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]),
        new(FiscalOverview, "财政拨款收入支出决算总表"),
        new(GeneralPublicBudget, "一般公共预算财政拨款支出决算表", ["合计", "基本支出", "项目支出"]),
        new(BasicEconomic, "一般公共预算财政拨款基本支出决算表", ["人员经费", "公用经费"], FirstColumnIsSum: false, TwoSided: true),
        new(ThreePublic, "财政拨款“三公”经费支出决算表") { Synonyms = ["财政拨款“三公”经费及会议费、培训费支出决算表"] },
        new(GovernmentFund, "政府性基金预算财政拨款收入支出决算表"),
        new(StateCapital, "国有资本经营预算财政拨款收入支出决算表") { Synonyms = ["国有资本经营预算财政拨款支出决算表"] },
    ];

    public static LayoutViews Views { get; } = new()
    {
        Stage = BudgetStage.FinalAccounts,
        Overview = Overview,

        // Both sides of 收入支出决算总表 end in 总计 (carry-overs included); 本年支出合计 is the year's spending.
        OverviewIncome = ("总计", 0),
        OverviewExpenditure = ("总计", 1),

        // 财政拨款收入支出决算总表 also adds carry-overs: its 总计 sides balance, its 本年 rows restate the overview.
        Fiscal = new()
        {
            Table = FiscalOverview,
            Income = ("总计", 0),
            Expenditure = ("总计", 1),
            YearIncome = "本年收入合计",
            YearSpending = "本年支出合计",
            OverviewRows = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入"],
            FunctionalTables = [GeneralPublicBudget, GovernmentFund, StateCapital],
        },
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(0, ExpenditureType.BasicPersonnel), (1, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = null,
        Income = Income,
        IncomeColumns =
        [
            (1, FundingSource.FiscalAppropriation), (2, FundingSource.SuperiorSubsidy), (3, FundingSource.BusinessIncome), (4, FundingSource.OperatingIncome),
            (5, FundingSource.SubordinateRemittance), (6, FundingSource.OtherIncome),
        ],
    };

    /// <summary>
    /// Its titles are the national 决算 set's (Xi'an prints them too, in another layout), so the profile also asks for a
    /// Shanghai heading: "上海市普陀区财政局2024年度部门决算".
    /// </summary>
    public static LayoutFamilyKind Department { get; } = new("shanghai-dept-final-accounts", Scope.Department, "", "部门决算", All, Views)
    {
        Marker = new Regex(@"上海市.+\d{4}年度部门决算", RegexOptions.CultureInvariant),
    };

    /// <summary>
    /// The same national 决算 set elsewhere (Xi'an: "公开01表" markers, 编制部门 captions, a 行次 column in the overviews,
    /// the 三公 table with 会议费 and 培训费): read after the Shanghai profile, so Shanghai's documents keep its name.
    /// </summary>
    public static LayoutFamilyKind National { get; } = new("dept-final-accounts", Scope.Department, "", "部门决算", All, Views);
}
