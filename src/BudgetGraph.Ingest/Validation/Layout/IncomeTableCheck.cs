using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation.Layout;

/// <summary>
/// The income table's total (合计 / 本年收入合计) = the overview's income of the year. That its funding-source columns
/// add up to its 合计 is each row's split, checked with the other classified tables (<see cref="ClassifiedTableCheck"/>).
/// </summary>
public static class IncomeTableCheck
{
    public static void Run(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, bool isPdf, List<FindingRecord> findings)
    {
        if (views.Income is null || tables.GetValueOrDefault(views.Income) is not { } income || tables.GetValueOrDefault(views.Overview) is not { } overview)
            return;
        if (income.Total is not { } total || total.Amounts[0] is null || income.Unit is not { } unit
            || OverviewAmount.Find(overview, views.OverviewYearIncome, isPdf) is not { } stated)
            return;
        var column = income.Spec.Columns![0];
        var finding = SumCheck.Compare(CheckRegistry.IncomeTableTotalMismatch, income.Label, stated, [new AmountRef(total.Amount(0), income.Cite(total, column, isPdf))], unit,
            $"Table {income.Label}'s {column} is", $"table {overview.Label}'s {views.OverviewYearIncome}", PrintedPrecision.Of(income, overview));
        if (finding is not null)
            findings.Add(finding);
    }
}
