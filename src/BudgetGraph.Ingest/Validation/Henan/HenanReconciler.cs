using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Henan;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation.Layout;

namespace BudgetGraph.Ingest.Validation.Henan;

/// <summary>
/// The cross-checks a careful reader makes on a Henan budget (DOMAIN.md "Reconciliation"): 01 income = expenditure;
/// the classified tables the shared reader read (03, 05, 06) get the shared layout checks (<see cref="LayoutReconciler"/>:
/// rows add up to the total, each row's 合计 = its parts, 06's 基本支出 and its 人员经费/公用经费 = 05's); 07 rows add up to
/// its total, its gap explained by the rows 06 has and 07 lacks (<see cref="EconomicSummaryCheck"/>); 04 and 02 agree
/// with 01.
/// </summary>
internal sealed class HenanReconciler(HenanDocument document, IReadOnlyDictionary<string, LayoutTable> classified)
{
    private readonly List<FindingRecord> _findings = [];

    public IReadOnlyList<FindingRecord> Check()
    {
        CheckOverview();
        // 07's total is the summary check's, with its explanation; the other classified tables are every profile's.
        new LayoutReconciler(classified.Where(t => t.Key != "07").ToDictionary(), HenanTableCatalog.Views, isPdf: false).Check(_findings);
        if (classified.GetValueOrDefault("07") is { } summary)
            EconomicSummaryCheck.Run(summary, classified.GetValueOrDefault("06"), _findings);
        CheckFiscalOverview();
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

    /// <summary>01: 收入总计 = 支出总计 and 本年收入合计 = 本年支出合计.</summary>
    private void CheckOverview()
    {
        var table = document["01"];
        foreach (var (income, spending) in new[] { ("收入总计", "支出总计"), ("本年收入合计", "本年支出合计") })
        {
            var left = Cell(table, HenanRows.Find(table, 0, income), 1, income);
            var right = Cell(table, HenanRows.Find(table, 2, spending), 3, spending);
            if (left is not null && right is not null)
                Add(SumCheck.Compare(CheckRegistry.IncomeExpenditureMismatch, table.Label, left, [right], Unit(table), $"Table {table.Label}: {spending} is", income));
        }
    }

    /// <summary>04 (财政拨款) restates the fiscal income items of 01, and balances itself.</summary>
    private void CheckFiscalOverview()
    {
        var fiscal = document["04"];
        var overview = document["01"];
        var unit = Unit(fiscal);
        foreach (var (fiscalItem, overviewItem) in new[] { ("一般公共预算拨款", "一般公共预算"), ("政府性基金预算拨款", "政府性基金"), ("国有资本经营预算拨款", "国有资本经营") })
        {
            var left = Cell(fiscal, HenanRows.Find(fiscal, 0, fiscalItem, contains: true), 1, "金额");
            var right = Cell(overview, HenanRows.Find(overview, 0, overviewItem, contains: true), 1, "金额");
            if (left is not null && right is not null)
                Add(SumCheck.Compare(CheckRegistry.FiscalOverviewMismatch, fiscal.Label, left, [right], unit, $"Table {overview.Label} states {overviewItem} as", $"table {fiscal.Label}'s {fiscalItem}"));
        }

        var totals = HenanRows.Find(fiscal, 0, "收入合计", contains: true);
        if (Cell(fiscal, totals, 1, "收入合计") is { } income && Cell(fiscal, totals, 3, "支出合计") is { } spending)
            Add(SumCheck.Compare(CheckRegistry.IncomeExpenditureMismatch, fiscal.Label, income, [spending], unit, $"Table {fiscal.Label}: 支出合计 is", "收入合计"));
    }

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
