using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Validation;
using BudgetGraph.Importer.Validation.Layout;
using static BudgetGraph.Importer.Formats.Shanghai.ShanghaiBudgetTables;

namespace BudgetGraph.Importer.Formats.Shanghai;

/// <summary>
/// The cross-checks of a Shanghai budget: every classified table's hierarchy, totals and 合计 = parts; the overview's
/// 收入总计 = 支出总计 = the expenditure table's total; the economic table's 合计 = the expenditure table's 基本支出.
/// </summary>
internal sealed class ShanghaiReconciler(IReadOnlyDictionary<string, LayoutTable> tables, bool isPdf)
{
    public void Check(List<Finding> findings)
    {
        foreach (var table in tables.Values.Where(t => t.Spec.IsClassified))
            ClassifiedTableCheck.Run(table, isPdf, firstColumnIsSum: true, findings);

        var overview = tables[Overview];
        var expenditure = tables[Expenditure];
        var unit = expenditure.Unit ?? TableUnit.Yuan;
        var income = OverviewAmount.Find(overview, "收入总计", isPdf);
        var spending = OverviewAmount.Find(overview, "支出总计", isPdf);
        if (income is not null && spending is not null)
            Add(findings, SumCheck.Compare("INCOME_EXPENDITURE_MISMATCH", overview.Label, income, [spending], unit, $"Table {overview.Label}: 支出总计 is", "收入总计"));
        if (spending is not null && expenditure.Total is { } total)
        {
            Add(findings, SumCheck.Compare("OVERVIEW_TOTAL_MISMATCH", expenditure.Label, spending, [new AmountRef(total.Amount(0), expenditure.Cite(total, "合计", isPdf))], unit,
                $"Table {expenditure.Label}'s 合计 is", $"table {overview.Label}'s 支出总计"));
        }

        var economic = tables[BasicEconomic];
        if (economic.Total is { } basic && expenditure.Total is { } all)
        {
            Add(findings, SumCheck.Compare("ECONOMIC_BASIC_VS_FUNCTIONAL_MISMATCH", economic.Label, new AmountRef(basic.Amount(0), economic.Cite(basic, "合计", isPdf)),
                [new AmountRef(all.Amount(1), expenditure.Cite(all, "基本支出", isPdf))], unit, $"Table {expenditure.Label} gives 基本支出", $"table {economic.Label}'s 合计"));
        }
    }

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null)
            findings.Add(finding);
    }
}
