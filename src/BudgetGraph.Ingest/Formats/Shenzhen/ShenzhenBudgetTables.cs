using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Shenzhen;

/// <summary>
/// The 11 tables of a Shenzhen 部门预算 ("表1" … "表11" above unnumbered titles: 收支总表, 收入总表, 支出总表 …, 万元,
/// every cell printed, 0.00 included). Its classified tables print no 合计: the first row is the publishing unit's, in a
/// 预算单位 column (its name wrapped around its amounts), and that row is the total. 支出总表 adds 事业单位经营支出,
/// 对附属单位补助支出 and 上缴上级支出 to 基本支出 and 项目支出 in 支出总计, then three 政府采购 columns outside the sum;
/// 一般公共预算支出表（按经济分类） gives each economic code's 基本支出 and 项目支出; 收入总表 lists units, not codes.
/// </summary>
internal static class ShenzhenBudgetTables
{
    public const string Overview = "01";
    public const string Expenditure = "03";
    public const string GeneralPublicBudget = "07";
    public const string Economic = "08";

    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Overview, "收支总表"),
        new("02", "收入总表"),
        new(Expenditure, "支出总表", ["支出总计", "基本支出", "项目支出", "事业单位经营支出", "对附属单位补助支出", "上缴上级支出", "政府采购项目小计", "其中：中小企业", "其中：小型、微型企业"])
        {
            Sums = [new(0, [1, 2, 3, 4, 5])],
            UnitRowIsTotal = true,
        },
        new("04", "基本支出总表"),
        new("05", "项目支出总表"),
        new("06", "财政拨款收支总表"),
        new(GeneralPublicBudget, "一般公共预算支出表（按功能分类）", ["支出总计", "基本支出", "项目支出"]) { UnitRowIsTotal = true },
        new(Economic, "一般公共预算支出表（按经济分类）", ["支出总计", "基本支出", "项目支出"]) { UnitRowIsTotal = true },
        new("09", "财政拨款“三公”经费支出表"),
        new("10", "政府性基金预算支出表"),
        new("11", "国有资本经营预算支出表"),
    ];

    public static LayoutViews Views { get; } = new()
    {
        Overview = Overview,
        Expenditure = Expenditure,
        ExpenditureColumns = [(1, ExpenditureType.Basic), (2, ExpenditureType.Project)],
        GeneralBudget = GeneralPublicBudget,
        BasicEconomic = Economic,
        EconomicColumns = [(1, ExpenditureType.Basic)],
        EconomicTotalColumn = 1,
    };

    /// <summary>Shenzhen numbers its tables "表1" on a line of their own; Beijing, printing some of the same titles, "预算01表".</summary>
    public static LayoutFamilyKind Department { get; } = new("shenzhen-dept-budget", Scope.Department, "", "部门预算", All, Views)
    {
        Marker = new Regex(@"^表\d{1,2}$", RegexOptions.CultureInvariant),
    };
}
