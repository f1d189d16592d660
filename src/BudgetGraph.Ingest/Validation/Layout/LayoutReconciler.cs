using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation;

namespace BudgetGraph.Ingest.Validation.Layout;

/// <summary>
/// The cross-checks of a layout family's document: every classified table's hierarchy, totals and 合计 = parts; the
/// overview's income total = its expenditure total; the overview's spending = the expenditure table's total; the
/// economic table's basic total = the general public budget table's 基本支出; the fiscal overview against its sides, the functional
/// tables and the overview; the income table's total against the overview.
/// </summary>
internal sealed class LayoutReconciler(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, bool isPdf)
{
    public void Check(List<FindingRecord> findings)
    {
        // The economic summary's total is its own check's, with the explanation of a gap.
        foreach (var table in tables.Values.Where(t => t.Spec.IsClassified && t.Spec.Number != views.EconomicSummary))
            ClassifiedTableCheck.Run(table, isPdf, findings);
        if (views.EconomicSummary is { } summary && tables.GetValueOrDefault(summary) is { } summaryTable)
            EconomicSummaryCheck.Run(summaryTable, tables.GetValueOrDefault(views.BasicEconomic), isPdf, findings);

        var expenditure = tables[views.Expenditure];
        var unit = expenditure.Unit ?? TableUnit.Yuan;
        // A partial document (a table missing) is checked wherever both sides of a check are present.
        if (tables.GetValueOrDefault(views.Overview) is { } overview)
            CheckOverview(findings, overview, expenditure, unit);

        if (tables.GetValueOrDefault(views.BasicEconomic) is { } economic && tables.GetValueOrDefault(views.GeneralBudget) is { } general)
            CheckEconomic(findings, economic, general, unit);

        FiscalOverviewCheck.Run(tables, views, isPdf, findings);
        IncomeTableCheck.Run(tables, views, isPdf, findings);
    }

    private void CheckOverview(List<FindingRecord> findings, LayoutTable overview, LayoutTable expenditure, TableUnit unit)
    {
        var income = OverviewAmount.Find(overview, views.OverviewIncome.Label, isPdf, views.OverviewIncome.Occurrence);
        var expenditureSide = OverviewAmount.Find(overview, views.OverviewExpenditure.Label, isPdf, views.OverviewExpenditure.Occurrence);
        if (income is not null && expenditureSide is not null)
        {
            Add(findings, SumCheck.Compare(CheckRegistry.IncomeExpenditureMismatch, overview.Label, income, [expenditureSide], unit,
                $"Table {overview.Label}: {Side(views.OverviewExpenditure.Label, "expenditure")} is", Side(views.OverviewIncome.Label, "income")));
        }

        var spending = OverviewAmount.Find(overview, views.OverviewSpending, isPdf, views.OverviewSpendingOccurrence);
        if (spending is not null && expenditure.Total is { } total)
        {
            // A total printed with fewer decimals than usual ("480544221.6") is as precise as it is printed.
            var decimals = Math.Min(2, AmountText.Decimals(total.Printed[0] ?? ""));
            Add(findings, SumCheck.Compare(CheckRegistry.OverviewTotalMismatch, expenditure.Label, spending, [new AmountRef(total.Amount(0), expenditure.Cite(total, expenditure.Spec.Columns![0], isPdf))], unit,
                $"Table {expenditure.Label}'s {expenditure.Spec.Columns![0]} is", $"table {overview.Label}'s {views.OverviewSpending}", decimals));
        }
    }

    private void CheckEconomic(List<FindingRecord> findings, LayoutTable economic, LayoutTable general, TableUnit unit)
    {
        // The economic table covers the general public budget only: its total is compared with that budget's 基本支出
        // (表 05), never with the all-funds expenditure table's, which also spends 事业收入 and other income.
        if (economic.Total is { } basic && general.Total is { } generalTotal)
        {
            var columns = economic.Spec.Columns!;
            var stated = views.EconomicTotalColumn is { } c
                ? new AmountRef(basic.Amount(c), economic.Cite(basic, columns[c], isPdf))
                : new AmountRef(views.EconomicColumns.Sum(e => basic.Amount(e.Column)), economic.Cite(basic, string.Join("+", views.EconomicColumns.Select(e => columns[e.Column])), isPdf));
            var basicColumn = views.GeneralBudgetBasicColumn;
            var generalBasic = generalTotal.Amount(general.Spec.Columns!.ToList().IndexOf(basicColumn));
            Add(findings, SumCheck.Compare(CheckRegistry.EconomicBasicVsFunctionalMismatch, economic.Label, stated,
                [new AmountRef(generalBasic, general.Cite(generalTotal, basicColumn, isPdf))], unit, $"Table {general.Label} gives {basicColumn}", $"table {economic.Label}'s {stated.Source.Column}"));

            // Where both tables split 基本支出 alike, each part too (人员经费 = 工资福利支出 + 对个人和家庭的补助).
            foreach (var (column, parts) in views.EconomicColumnsInGeneralBudget)
            {
                var restated = parts.Where(p => generalTotal.Amounts[p] is not null)
                    .Select(p => new AmountRef(generalTotal.Amount(p), general.Cite(generalTotal, general.Spec.Columns![p], isPdf))).ToList();
                Add(findings, SumCheck.Compare(CheckRegistry.EconomicBasicVsFunctionalMismatch, economic.Label, new AmountRef(basic.Amount(column), economic.Cite(basic, columns[column], isPdf)),
                    restated, unit, $"Table {general.Label} gives {string.Join(" + ", parts.Select(p => general.Spec.Columns![p]))}", $"table {economic.Label}'s {columns[column]}"));
            }
        }
    }

    /// <summary>Final accounts print 总计 on both sides of the overview: name the side then.</summary>
    private string Side(string label, string side) => views.OverviewIncome.Label == views.OverviewExpenditure.Label ? $"{label} ({side} side)" : label;

    private static void Add(List<FindingRecord> findings, FindingRecord? finding)
    {
        if (finding is not null)
            findings.Add(finding);
    }
}
