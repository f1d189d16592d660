using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// The 12 tables of a Henan department budget: the profile's list of titles ("2026年部门支出总体情况表"), found by the
/// shared <see cref="LayoutCatalog"/> as every other profile's are, never by their position in the file, and read by the
/// shared <see cref="LayoutDocumentReader"/>.
/// </summary>
internal static partial class HenanTableCatalog
{
    /// <summary>
    /// The amount columns of tables 03 and 05, as citations name them: 合计 | 基本支出 (小计, 工资福利支出, 对个人和家庭的补助,
    /// 商品和服务支出, 资本性支出) | 项目支出 (小计, 其他运转类, 特定目标类). The export sets them in adjacent cells.
    /// </summary>
    private static IReadOnlyList<string> FunctionalColumns { get; } = ["合计", "基本支出/小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "项目支出/小计", "其他运转类", "特定目标类"];

    /// <summary>
    /// Table 07's columns: 总计, then by source of funds. Only 总计 is read into figures; the sources' sum is not checked
    /// (whether 上年结转结余 counts in 总计 is not stated by the table).
    /// </summary>
    private static IReadOnlyList<string> SummaryColumns { get; } =
        ["总计", "一般公共预算/小计", "一般公共预算/其中：财政拨款", "政府性基金", "国有资本经营预算", "上年结转结余", "财政专户管理资金收入", "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入"];

    /// <summary>
    /// Table 02's columns: 总计 | 本年收入 (合计, 一般公共预算 小计 and 其中：财政拨款, then each other source) | 上年结转结余 (合计,
    /// then by source), as citations name them. The export misplaces the group captions (上年结转结余 stands over 其他收入),
    /// so the columns are the profile's, not read from the header.
    /// </summary>
    private static IReadOnlyList<string> IncomeColumns { get; } =
    [
        "总计", "本年收入/合计", "一般公共预算/小计", "一般公共预算/其中：财政拨款", "政府性基金", "国有资本经营预算", "财政专户管理资金收入", "事业收入", "事业单位经营收入",
        "上级补助收入", "附属单位上缴收入", "其他收入", "上年结转结余/合计", "上年结转结余/一般公共预算", "上年结转结余/政府性基金", "上年结转结余/国有资本经营预算",
        "上年结转结余/财政专户管理资金", "上年结转结余/单位资金",
    ];

    /// <summary>总计 = 本年收入 + 上年结转结余; 本年收入 = its sources (其中：财政拨款 is part of 一般公共预算, not added); 上年结转结余 = its sources.</summary>
    private static IReadOnlyList<ColumnSum> IncomeSums { get; } = [new(0, [1, 12]), new(1, [2, 4, 5, 6, 7, 8, 9, 10, 11]), new(12, [13, 14, 15, 16, 17])];

    /// <summary>合计 = 基本支出 + 项目支出; 基本支出 = its four economic 类; 项目支出 = 其他运转类 + 特定目标类.</summary>
    private static IReadOnlyList<ColumnSum> FunctionalSums { get; } = [new(0, [1, 6]), new(1, [2, 3, 4, 5]), new(6, [7, 8])];

    public const int BasicColumn = 1;
    public const int ProjectColumn = 6;

    /// <summary>
    /// Which tables feed which view: 01 the overview (收入总计 = 支出总计; its 本年支出合计 the document's printed total),
    /// 03 the expenditure lines (each 基本支出 column one economic 类), 05 the general public budget's 基本支出 that table
    /// 06 covers, 06 the economic lines (人员经费, 公用经费; department and government codes), 04 the fiscal overview.
    /// </summary>
    public static LayoutViews Views { get; } = new()
    {
        Overview = "01",
        Fiscal = new FiscalOverviewView
        {
            Table = "04",
            Income = ("收入合计：", 0),
            Expenditure = ("支出合计", 0),
            YearIncome = "一、本年收入",
            YearSpending = "一、本年支出",
            // 04 restates 01's fiscal income items one by one (the first of each label: 本年收入's, not 上年结转's).
            OverviewRows = [],
            RestatedItems = [("（一）一般公共预算拨款", "一、一般公共预算"), ("（二）政府性基金预算拨款", "二、政府性基金预算拨款收入"), ("（三）国有资本经营预算拨款", "三、国有资本经营预算拨款收入")],
            // The set prints no 国有资本经营预算 expenditure table, so 本年支出 cannot be summed from functional tables.
            FunctionalTables = [],
        },
        Expenditure = "03",
        ExpenditureColumns = [(2, ExpenditureType.BasicPersonnel), (3, ExpenditureType.BasicPersonnel), (4, ExpenditureType.BasicPublic), (5, ExpenditureType.BasicPublic), (7, ExpenditureType.Project), (8, ExpenditureType.Project)],
        ExpenditureEconomicClasses = new Dictionary<int, string> { [2] = "301", [3] = "303", [4] = "302", [5] = "310" },
        GeneralBudget = "05",
        GeneralBudgetBasicColumn = FunctionalColumns[BasicColumn],
        BasicTotalColumn = BasicColumn,
        ProjectColumn = HenanTableCatalog.ProjectColumn,
        BasicEconomic = "06",
        EconomicColumns = [(1, ExpenditureType.BasicPersonnel), (2, ExpenditureType.BasicPublic)],
        EconomicTotalColumn = 0,
        EconomicColumnsInGeneralBudget = new Dictionary<int, int[]> { [1] = [2, 3], [2] = [4, 5] },
        // 02 lists the units, each leaf unit's cells its income by source; its 总计 (carry-overs included) = 01's 收入总计.
        Income = "02",
        IncomeColumns =
        [
            (2, FundingSource.GeneralPublicBudget), (4, FundingSource.GovernmentFund), (5, FundingSource.StateCapital), (6, FundingSource.FiscalSpecialAccount),
            (7, FundingSource.BusinessIncome), (8, FundingSource.OperatingIncome), (9, FundingSource.SuperiorSubsidy), (10, FundingSource.SubordinateRemittance),
            (11, FundingSource.OtherIncome), (12, FundingSource.Carryover),
        ],
        OverviewYearIncome = "收入总计",
        EconomicSummary = "07",
    };

    public static IReadOnlyList<TableSpec> Tables { get; } =
    [
        new("01", "部门收支总体情况表"),
        new("02", "部门收入总体情况表", IncomeColumns) { Sums = IncomeSums },
        new("03", "部门支出总体情况表", FunctionalColumns) { Sums = FunctionalSums },
        new("04", "财政拨款收支总体情况表"),
        new("05", "一般公共预算支出情况表", FunctionalColumns) { Sums = FunctionalSums },
        new("06", "一般公共预算基本支出表", ["合计", "人员经费", "公用经费"]) { SecondCode = '5', KeepSecondCode = true },
        new("07", "支出经济分类汇总表", SummaryColumns, FirstColumnIsSum: false) { SecondCode = '5', KeepSecondCode = true },
        new("08", "一般公共预算“三公”经费支出情况表") { Synonyms = ["“三公”经费支出情况表"] },
        new("09", "政府性基金预算支出情况表"),
        new("10", "项目支出表"),
        new("11", "部门（单位）整体绩效目标表") { IsForm = true },
        new("12", "部门预算项目绩效目标汇总表"),
    ];

    /// <summary>
    /// The profile (after the tables and views it is made of: statics initialise in order): a grid export (tab-separated, empty cells kept) of the department's budget, tables labelled by the
    /// profile's titles, the department and its units listed by code in table 02, the forms 10–12 read by
    /// <see cref="HenanForms"/>.
    /// </summary>
    public static LayoutFamilyKind Kind { get; } = new("henan-dept-budget", Scope.Department, "", "部门预算", Tables, Views)
    {
        GridExport = true,
        UnitsFromIncome = true,
        LabelByProfileTitle = true,
        Forms = new HenanForms(),
    };
}
