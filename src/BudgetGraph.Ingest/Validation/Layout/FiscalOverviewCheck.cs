using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation.Layout;

/// <summary>
/// The fiscal-appropriation overview restates money other tables hold: its income side total = its expenditure side
/// total; its spending = the totals of the 一般公共预算, 政府性基金 and 国有资本经营 functional tables (an empty table,
/// 空表 / 无数据, adds nothing); its income = the overview's fiscal income rows, or each item the overview restates.
/// </summary>
public static class FiscalOverviewCheck
{
    public static void Run(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, bool isPdf, List<FindingRecord> findings)
    {
        if (views.Fiscal is not { } view || tables.GetValueOrDefault(view.Table) is not { } fiscal)
            return;
        if (fiscal.Unit is not { } unit)
            return;
        var decimals = PrintedPrecision.Of(fiscal);
        var income = OverviewAmount.Find(fiscal, view.Income.Label, isPdf, view.Income.Occurrence);
        var expenditure = OverviewAmount.Find(fiscal, view.Expenditure.Label, isPdf, view.Expenditure.Occurrence);
        if (income is not null && expenditure is not null)
        {
            var side = view.Income.Label == view.Expenditure.Label ? " (expenditure side)" : "";
            Add(findings, SumCheck.Compare(CheckRegistry.FiscalIncomeExpenditureMismatch, fiscal.Label, income, [expenditure], unit,
                $"Table {fiscal.Label}: {view.Expenditure.Label}{side} is", $"its {view.Income.Label}{(side.Length > 0 ? " (income side)" : "")}", decimals));
        }

        if (view.FunctionalTables.Count > 0 && OverviewAmount.Find(fiscal, view.YearSpending, isPdf) is { } spending)
            CompareWithFunctional(tables, view, fiscal, spending, unit, isPdf, findings);

        if (tables.GetValueOrDefault(views.Overview) is not { } overview)
            return;
        foreach (var (fiscalItem, overviewItem) in view.RestatedItems)
        {
            if (OverviewAmount.Find(fiscal, fiscalItem, isPdf, blankIsZero: true) is { } restated && OverviewAmount.Find(overview, overviewItem, isPdf, blankIsZero: true) is { } stated)
            {
                Add(findings, SumCheck.Compare(CheckRegistry.FiscalOverviewMismatch, fiscal.Label, restated, [stated], unit,
                    $"Table {overview.Label} states {overviewItem} as", $"table {fiscal.Label}'s {fiscalItem}", PrintedPrecision.Of(fiscal, overview)));
            }
        }

        if (view.OverviewRows.Count > 0 && OverviewAmount.Find(fiscal, view.YearIncome, isPdf) is { } yearIncome)
        {
            var rows = view.OverviewRows.Select(r => OverviewAmount.Find(overview, r, isPdf)).OfType<AmountRef>().ToList();
            Add(findings, SumCheck.Compare(CheckRegistry.FiscalOverviewIncomeMismatch, fiscal.Label, yearIncome, rows, unit,
                $"Table {overview.Label}'s {string.Join(" + ", view.OverviewRows)} add up to", $"table {fiscal.Label}'s {view.YearIncome}", PrintedPrecision.Of(fiscal, overview)));
        }
    }

    private static void CompareWithFunctional(IReadOnlyDictionary<string, LayoutTable> tables, FiscalOverviewView view, LayoutTable fiscal, AmountRef spending, TableUnit unit, bool isPdf, List<FindingRecord> findings)
    {
        // Summed only over every functional table: with one missing (a partial document) the sum would be short.
        if (view.FunctionalTables.Any(n => !tables.ContainsKey(n)))
            return;
        var functional = view.FunctionalTables.Select(n => tables[n]).ToList();

        // Final accounts' 政府性基金 and 国有资本经营 tables are read only when they say they are empty.
        if (functional.FirstOrDefault(t => !t.Spec.IsClassified && !t.IsEmpty) is { } unread)
        {
            findings.Add(SumCheck.Create(CheckRegistry.FiscalFunctionalUnchecked, fiscal.Label, null,
                $"Table {fiscal.Label}'s {view.YearSpending} is not checked against the functional tables: table {unread.Label} has data this importer does not read.",
                [spending.Source]));
            return;
        }

        var totals = functional.Where(t => t.Total?.Amounts[0] is not null)
            .Select(t => new AmountRef(t.Total!.Amount(0), t.Cite(t.Total, t.Spec.Columns![0], isPdf))).ToList();
        Add(findings, SumCheck.Compare(CheckRegistry.FiscalFunctionalMismatch, fiscal.Label, spending, totals, unit,
            $"The totals of tables {string.Join(", ", functional.Select(t => t.Label))} add up to", $"table {fiscal.Label}'s {view.YearSpending}",
            PrintedPrecision.Of([fiscal, .. functional])));
    }

    private static void Add(List<FindingRecord> findings, FindingRecord? finding)
    {
        if (finding is not null)
            findings.Add(finding);
    }
}
