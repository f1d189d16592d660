using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Which tables of a layout family feed which view, and through which columns (DOMAIN.md, "Which table feeds which
/// view"): the functional expenditure table, the basic-expenditure economic table and the income table, plus the
/// overview labels the reconciliation compares. Budget and final-accounts families differ only in these. The overview
/// labels default to the national budget set's (收入总计, 支出总计, 本年支出合计, 本年收入合计): a profile names only what its
/// documents print otherwise.
/// </summary>
public sealed record LayoutViews
{
    private readonly int? _projectColumn;

    public BudgetStage Stage { get; init; } = BudgetStage.Budget;

    public required string Overview { get; init; }

    /// <summary>The overview's income side total, e.g. 收入总计; with its occurrence when both sides print the same label (总计).</summary>
    public (string Label, int Occurrence) OverviewIncome { get; init; } = ("收入总计", 0);

    public (string Label, int Occurrence) OverviewExpenditure { get; init; } = ("支出总计", 0);

    /// <summary>The overview amount the expenditure table's total column must equal (支出总计; 本年支出合计 in final accounts).</summary>
    public string OverviewSpending { get; init; } = "本年支出合计";

    /// <summary>Which <see cref="OverviewSpending"/> is meant when both sides print the label (Chongqing's 合计 | 合计).</summary>
    public int OverviewSpendingOccurrence { get; init; }

    /// <summary>The overview amount the income table's total must equal (收入总计; 本年收入合计 in final accounts).</summary>
    public string OverviewYearIncome { get; init; } = "本年收入合计";

    /// <summary>The fiscal-appropriation overview and its labels; null where the profile does not reconcile it yet.</summary>
    public FiscalOverviewView? Fiscal { get; init; }

    public required string Expenditure { get; init; }

    /// <summary>
    /// Set where the functional expenditure table covers the general public budget only (Xi'an's 表5): the overview's
    /// label of that budget's appropriation ("(1)一般公共预算拨款"). The table then gives the department's total only when
    /// the overview's spending is all of that budget; else the document is refused, its total not established.
    /// </summary>
    public string? OverviewGeneralBudget { get; init; }

    /// <summary>Expenditure columns that are lines, by type; the first column of the table is the row's total.</summary>
    public required IReadOnlyList<(int Column, ExpenditureType Type)> ExpenditureColumns { get; init; }

    /// <summary>
    /// The economic 类 an expenditure column's spending is, where the table splits 基本支出 by it (Henan: 工资福利支出 →
    /// 301, 对个人和家庭的补助 → 303, 商品和服务支出 → 302, 资本性支出 → 310); empty where columns are 基本支出/人员经费/公用经费.
    /// </summary>
    public IReadOnlyDictionary<int, string> ExpenditureEconomicClasses { get; init; } = new Dictionary<int, string>();

    /// <summary>The columns of 基本支出: one (基本支出), or 人员经费 and 公用经费 where the table splits it.</summary>
    public IReadOnlyList<int> BasicColumns => ExpenditureColumns.Where(c => c.Type != ExpenditureType.Project).Select(c => c.Column).ToList();

    /// <summary>
    /// The expenditure table's column holding 项目支出: its first project column, unless the table prints a 项目支出 subtotal
    /// before its parts (Henan: 小计 | 其他运转类 | 特定目标类), set here.
    /// </summary>
    public int ProjectColumn
    {
        get => _projectColumn ?? ExpenditureColumns.First(c => c.Type == ExpenditureType.Project).Column;
        init => _projectColumn = value;
    }

    /// <summary>
    /// The expenditure table's column holding 基本支出 where it prints one beside the parts (Henan's 基本支出/小计); null
    /// where 基本支出 is the sum of <see cref="BasicColumns"/>.
    /// </summary>
    public int? BasicTotalColumn { get; init; }

    /// <summary>
    /// The general-public-budget table's columns each economic column restates (Henan: 人员经费 = 工资福利支出 +
    /// 对个人和家庭的补助, 公用经费 = 商品和服务支出 + 资本性支出), compared besides the totals; empty where the tables do
    /// not split 基本支出 alike.
    /// </summary>
    public IReadOnlyDictionary<int, int[]> EconomicColumnsInGeneralBudget { get; init; } = new Dictionary<int, int[]>();

    /// <summary>
    /// The general public budget's functional table (一般公共预算支出…表) and its 基本支出 column: the economic table covers
    /// that budget only, so its total is compared with this column, never with the all-funds expenditure table's.
    /// </summary>
    public required string GeneralBudget { get; init; }

    public string GeneralBudgetBasicColumn { get; init; } = "基本支出";

    public required string BasicEconomic { get; init; }

    public required IReadOnlyList<(int Column, ExpenditureType Type)> EconomicColumns { get; init; }

    /// <summary>The economic table's column holding the basic total (合计); null when its total row only has the parts.</summary>
    public required int? EconomicTotalColumn { get; init; }

    /// <summary>
    /// The income table by funding source, its rows functional codes (a line per leaf row and source) or units (Henan's
    /// 02: a line per leaf unit and source); null where the profile reads no INCOME lines.
    /// </summary>
    public string? Income { get; init; }

    public IReadOnlyList<(int Column, FundingSource Source)> IncomeColumns { get; init; } = [];

    /// <summary>
    /// The economic summary table (Henan's 07 支出经济分类汇总表: every source of funds by economic code): its rows are
    /// checked against its total with the gap explained by the basic-expenditure economic table's rows it lacks
    /// (EconomicSummaryCheck) instead of as a classified table's total; null where the profile has none.
    /// </summary>
    public string? EconomicSummary { get; init; }

    /// <summary>The budget's 三公 and 机关运行经费 table, read as facts; null where the family's 三公 table has another layout.</summary>
    public string? ThreePublic { get; init; }
}
