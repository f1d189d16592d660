using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Henan;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation.Layout;

namespace BudgetGraph.Ingest.Validation.Henan;

/// <summary>
/// The cross-checks a careful reader makes on a Henan budget (DOMAIN.md "Reconciliation"): the tables the shared reader
/// read (01, 03, 04, 05, 06) get the shared layout checks (<see cref="LayoutReconciler"/>: 01's 收入总计 = 支出总计 and its
/// 本年支出合计 = 03's 合计, rows add up to the total, each row's 合计 = its parts, 06's 基本支出 and its 人员经费/公用经费 =
/// 05's, 04 balances and restates 01's fiscal items); 07 rows add up to its total, its gap explained by the rows 06 has
/// and 07 lacks (<see cref="EconomicSummaryCheck"/>); 02 agrees with 01.
/// </summary>
internal sealed class HenanReconciler(HenanDocument document, IReadOnlyDictionary<string, LayoutTable> classified)
{
    private readonly List<FindingRecord> _findings = [];

    public IReadOnlyList<FindingRecord> Check()
    {
        // 07's total is the summary check's, with its explanation; the other classified tables are every profile's.
        new LayoutReconciler(classified.Where(t => t.Key != "07").ToDictionary(), HenanTableCatalog.Views, isPdf: false).Check(_findings);
        if (classified.GetValueOrDefault("07") is { } summary)
            EconomicSummaryCheck.Run(summary, classified.GetValueOrDefault("06"), _findings);
        CheckIncome();
        return _findings;
    }

    private void Add(FindingRecord? finding)
    {
        if (finding is not null)
            _findings.Add(finding);
    }

    private static TableUnit Unit(TextTable table) => HenanDocument.UnitOf(table) ?? TableUnit.WanYuan;

    private AmountRef? Cell(TextTable table, TextRow? row, int column, string name) =>
        row is null ? null : new AmountRef(document.Units(table, row, column) ?? 0, HenanDocument.Cite(table, row, name));

    /// <summary>02: unit rows add up to the 合计 row, which equals 01's 收入总计.</summary>
    private void CheckIncome()
    {
        var income = document["02"];
        var unit = Unit(income);
        var totalRow = HenanRows.Find(income, 1, "合计");
        if (Cell(income, totalRow, 2, "总计") is not { } total)
            return;
        var codeRows = HenanDocument.DataRows(income).Where(r => r[0] is not null).ToList();
        var leaves = codeRows.Where(r => !codeRows.Any(o => o != r && o[0]!.Length > r[0]!.Length && o[0]!.StartsWith(r[0]!, StringComparison.Ordinal))).ToList();
        Add(SumCheck.Compare(CheckRegistry.IncomeTotalMismatch, income.Label, total, leaves.Select(r => Cell(income, r, 2, "总计")!).ToList(), unit,
            $"Table {income.Label}: the unit rows add up to", "its 合计 row"));
        var overview = document["01"];
        if (Cell(overview, HenanRows.Find(overview, 0, "收入总计"), 1, "收入总计") is { } stated)
            Add(SumCheck.Compare(CheckRegistry.IncomeTotalMismatch, income.Label, total, [stated], unit, $"Table {overview.Label} states 收入总计 as", $"table {income.Label}'s 总计"));
    }
}
