using BudgetGraph.Ingest.Formats.Beijing;
using BudgetGraph.Ingest.Formats.Changsha;
using BudgetGraph.Ingest.Formats.Chongqing;
using BudgetGraph.Ingest.Formats.FinalAccounts;
using BudgetGraph.Ingest.Formats.Fuzhou;
using BudgetGraph.Ingest.Formats.Guangzhou;
using BudgetGraph.Ingest.Formats.Hangzhou;
using BudgetGraph.Ingest.Formats.Hebei;
using BudgetGraph.Ingest.Formats.Henan;
using BudgetGraph.Ingest.Formats.Jiangsu;
using BudgetGraph.Ingest.Formats.Shanghai;
using BudgetGraph.Ingest.Formats.Shenzhen;
using BudgetGraph.Ingest.Formats.Xian;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats;

/// <summary>The families the importer knows; a new layout is one more entry here.</summary>
public static class DisclosureFamilies
{
    public static IReadOnlyList<IDisclosureFamily> All { get; } = [new HenanDepartmentBudgetFamily(), new ShanghaiDepartmentBudgetFamily(), new ShanghaiUnitBudgetFamily(), new ShanghaiFinalAccountsFamily(), new HebeiBudgetFragmentFamily(),
        new JiangsuDepartmentBudgetFamily(), new JiangsuUnitBudgetFamily(), new GuangzhouDepartmentBudgetFamily(), new FuzhouUnitBudgetFamily(), new ChangshaDepartmentBudgetFamily(), new ChongqingDepartmentBudgetFamily(), new ShenzhenDepartmentBudgetFamily(), new BeijingDepartmentBudgetFamily(), new BeijingNarrativeFamily(), new XianDepartmentBudgetFamily(), new NationalFinalAccountsFamily(), new HangzhouDepartmentBudgetFamily()];

    private const string Known = "known: Henan department budgets, Shanghai department and unit budgets, Shanghai final accounts, Jiangsu (Suzhou, Wuxi) department and unit budgets, Guangzhou department budgets, Fuzhou unit budgets, Changsha, Chongqing and Shenzhen department budgets, Beijing department budget tables and their narratives, Xi'an department budgets, other final accounts of the national set, Hangzhou department budgets (names without codes); each is recognised by its table titles, e.g. 2026年部门收支总体情况表, 2025年部门支出预算总表, 支出决算表";

    public static IDisclosureFamily Recognise(DisclosureSource source) =>
        All.FirstOrDefault(f => f.Recognises(source))
        ?? throw (NamesBudgetTables(source)
            ? new UnknownLayoutException($"a budget disclosure whose table layout no family reads yet ({Known})", source.FileName)
            : new NotADisclosureException($"not a budget disclosure: no known family recognises it ({Known})", source.FileName));

    /// <summary>A title line of a budget or final-accounts table (…收支总表, …预算表, …决算表): a disclosure, read or not.</summary>
    private static bool NamesBudgetTables(DisclosureSource source)
    {
        for (var line = 1; line <= source.Text.LineCount; line++)
        {
            var text = source.Text[line];
            if (text.Contains("收支总表", StringComparison.Ordinal) || text.Contains("收支总体情况表", StringComparison.Ordinal)
                || text.Contains("支出预算总表", StringComparison.Ordinal) || text.Contains("支出决算表", StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
