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
/// 03 and 05 get the checks every classified table gets (<see cref="ClassifiedTableCheck"/>: rows add up to the total,
/// each row's 合计 = 基本支出 + 项目支出 and each of those = its parts); 06 rows add up to the basic total
/// and agree with 05's basic spending (both the general public budget only); 07 rows add up to the total; 04 and 02 agree
/// with 01.
/// </summary>
internal sealed class HenanReconciler(HenanDocument document, LayoutTable expenditure, LayoutTable? publicBudget,
    IReadOnlyList<EconomicRow> basic, IReadOnlyList<EconomicRow> summary)
{
    private readonly List<FindingRecord> _findings = [];

    public IReadOnlyList<FindingRecord> Check()
    {
        CheckOverview();
        ClassifiedTableCheck.Run(expenditure, isPdf: false, _findings);
        if (publicBudget is not null)
            ClassifiedTableCheck.Run(publicBudget, isPdf: false, _findings);
        CheckBasic();
        new EconomicSummaryCheck(document, basic, summary).Run(_findings);
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

    /// <summary>06: rows add up to its 合计 row per column, and that row agrees with 03's basic, personnel and public totals.</summary>
    private void CheckBasic()
    {
        var table = document["06"];
        var unit = Unit(table);
        if (basic.FirstOrDefault(r => r.IsTotal) is not { } total)
            return;
        var rows = basic.Where(r => !r.IsTotal).ToList();
        foreach (var (name, amount) in Columns())
        {
            var parts = rows.Where(r => amount(r) is not null).Select(r => new AmountRef(amount(r)!.Value, HenanDocument.Cite(table, r.Row, name))).ToList();
            Add(SumCheck.Compare(CheckRegistry.EconomicBasicTotalMismatch, table.Label, new AmountRef(amount(total) ?? 0, HenanDocument.Cite(table, total.Row, name)), parts, unit,
                $"Table {table.Label}, column {name}: the economic rows add up to", "its 合计 row"));
        }

        // 06 covers the general public budget only: like with like is 05's basic spending, not 03's, which also spends
        // 事业收入 and other funds (DOMAIN.md, "Which table feeds which view").
        if (publicBudget?.Total is not { } functionalTotal)
            return;
        var comparisons = new (string Name, Func<EconomicRow, long?> Amount, int[] Columns)[]
        {
            ("合计", r => r.Total, [HenanTableCatalog.BasicColumn]),
            ("人员经费", r => r.Personnel, [2, 3]),
            ("公用经费", r => r.Public, [4, 5]),
        };
        foreach (var (name, amount, columns) in comparisons)
        {
            var parts = columns.Where(c => functionalTotal.Amounts[c] is not null)
                .Select(c => new AmountRef(functionalTotal.Amount(c), publicBudget.Cite(functionalTotal, publicBudget.Spec.Columns![c], isPdf: false))).ToList();
            Add(SumCheck.Compare(CheckRegistry.EconomicBasicVsFunctionalMismatch, table.Label, new AmountRef(amount(total) ?? 0, HenanDocument.Cite(table, total.Row, name)), parts, unit,
                $"Table {publicBudget.Label} gives basic spending ({name})", $"table {table.Label}'s 合计 row"));
        }

        static IEnumerable<(string, Func<EconomicRow, long?>)> Columns() =>
        [
            (HenanEconomicTables.TotalColumn, r => r.Total),
            (HenanEconomicTables.PersonnelColumn, r => r.Personnel),
            (HenanEconomicTables.PublicColumn, r => r.Public),
        ];
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
