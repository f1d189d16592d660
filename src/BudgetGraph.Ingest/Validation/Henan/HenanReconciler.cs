using BudgetGraph.Ingest.Formats.Henan;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation.Layout;

namespace BudgetGraph.Ingest.Validation.Henan;

/// <summary>
/// The cross-checks a careful reader makes on a Henan budget (DOMAIN.md "Reconciliation"): the tables the shared reader
/// read (01–06) get the shared layout checks (<see cref="LayoutReconciler"/>: 01's 收入总计 = 支出总计 and its 本年支出合计
/// = 03's 合计; rows add up to the total, units' rows to what is listed under them, each row's 合计 = its parts; 06's
/// 基本支出 and its 人员经费/公用经费 = 05's; 04 balances and restates 01's fiscal items; 02's 总计 = 01's 收入总计); 07 rows
/// add up to its total, its gap explained by the rows 06 has and 07 lacks (<see cref="EconomicSummaryCheck"/>).
/// </summary>
internal static class HenanReconciler
{
    public static IReadOnlyList<FindingRecord> Check(IReadOnlyDictionary<string, LayoutTable> tables)
    {
        var findings = new List<FindingRecord>();
        // 07's total is the summary check's, with its explanation; the other tables are every profile's.
        new LayoutReconciler(tables.Where(t => t.Key != "07").ToDictionary(), HenanTableCatalog.Views, isPdf: false).Check(findings);
        if (tables.GetValueOrDefault("07") is { } summary)
            EconomicSummaryCheck.Run(summary, tables.GetValueOrDefault("06"), findings);
        return findings;
    }
}
