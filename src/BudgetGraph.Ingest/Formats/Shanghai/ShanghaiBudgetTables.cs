using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Shanghai;

/// <summary>
/// The 9 tables of a Shanghai budget (部门预算 titles start with 部门, 单位预算 titles with 预算单位 or 单位), by title
/// after the year and scope prefix. Classified tables list their amount columns left to right.
/// </summary>
internal static class ShanghaiBudgetTables
{
    public const string Overview = "01";
    public const string Income = "02";
    public const string Expenditure = "03";
    public const string FiscalOverview = "04";
    public const string GeneralPublicBudget = "05";
    public const string GovernmentFund = "06";
    public const string StateCapital = "07";
    public const string BasicEconomic = "08";
    public const string ThreePublic = "09";

    private static readonly string[] _functional = ["合计", "基本支出", "项目支出"];

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "财务收支预算总表"),
        new(Income, "收入预算总表", ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"]),
        new(Expenditure, "支出预算总表", _functional),
        new(FiscalOverview, "财政拨款收支预算总表"),
        new(GeneralPublicBudget, "一般公共预算支出功能分类预算表", _functional),
        new(GovernmentFund, "政府性基金预算支出功能分类预算表", _functional),
        new(StateCapital, "国有资本经营预算支出功能分类预算表", _functional),
        new(BasicEconomic, "一般公共预算基本支出部门预算经济分类预算表", ["合计", "人员经费", "公用经费"]),
        new(ThreePublic, "“三公”经费和机关运行经费预算表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        OverviewSpending = "支出总计",
        OverviewYearIncome = "收入总计",
        Fiscal = new()
        {
            Table = FiscalOverview,
            Income = ("收入总计", 0),
            Expenditure = ("支出总计", 0),
            YearIncome = "收入总计",
            YearSpending = "支出总计",
            OverviewRows = ["一、财政拨款收入"],
            FunctionalTables = [GeneralPublicBudget, GovernmentFund, StateCapital],
        },
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        BasicEconomic = BasicEconomic,
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
        Income = Income,
        ThreePublic = ThreePublic,

        // 收入预算总表 does not split 财政拨款 by budget: FISCAL_APPROPRIATION.
        IncomeColumns = [(1, FundingSource.FiscalAppropriation), (2, FundingSource.BusinessIncome), (3, FundingSource.OperatingIncome), (4, FundingSource.OtherIncome)],
    };

    public static LayoutFamilyKind Department { get; } = new("shanghai-dept-budget", Scope.Department, "部门", "部门预算", All, Views);

    /// <summary>Unit budgets title their tables 预算单位… except the 三公 table (单位“三公”…).</summary>
    public static LayoutFamilyKind Unit { get; } = new("shanghai-unit-budget", Scope.Unit, "预算单位|单位", "单位预算", All, Views);
}
