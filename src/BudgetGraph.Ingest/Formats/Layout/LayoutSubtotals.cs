using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The 类 and 款 rows of the functional expenditure table as printed, and its total row (level 0: the document's total,
/// 本年支出合计 in final accounts): the row's total column (ExpenditureType null) and each expenditure-type column that
/// has a cell. They are what a reader cites, even where the rounded 项 rows under them add up to a unit more or less.
/// </summary>
internal static class LayoutSubtotals
{
    /// <param name="printedTotal">The overview's 本年支出合计: where the table prints its 合计 with fewer decimals than the
    /// overview ("480544221.6" against 480,544,221.62) and the two agree to the table's precision, the document's total
    /// is the overview's, cited there.</param>
    public static IReadOnlyList<PublishedSubtotalRecord> Read(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, bool isPdf, AmountRef? printedTotal = null)
    {
        var table = tables[views.Expenditure];
        var columns = views.ExpenditureColumns.Select(c => (c.Column, (ExpenditureType?)c.Type)).Prepend((0, null)).ToList();
        var leaves = table.Leaves.ToHashSet();
        var subtotals = new List<PublishedSubtotalRecord>();
        var printed = table.Coded.Where(r => !leaves.Contains(r) && r.Code is not null).Select(r => (Row: r, Code: r.Code!, Level: (r.Code!.Length - 1) / 2));
        if (table.Total is { } total)
            printed = printed.Prepend((total, "", 0));
        foreach (var (row, code, level) in printed)
        {
            foreach (var (column, type) in columns)
            {
                if (row.Amounts[column] is not { } amount)
                    continue;
                var source = table.Cite(row, table.Spec.Columns![column], isPdf);
                if (level == 0 && column == 0 && printedTotal is not null && MorePrecise(printedTotal.Amount, amount, row.Printed[0], table.Unit))
                    (amount, source) = (printedTotal.Amount, printedTotal.Source);
                subtotals.Add(new PublishedSubtotalRecord
                {
                    Scheme = ClassificationScheme.Functional,
                    Code = code,
                    Level = level,
                    Kind = LineKind.Expenditure,
                    ExpenditureType = type,
                    Amount = amount,
                    Source = source,
                });
            }
        }

        return subtotals;
    }

    /// <summary>The overview's total agrees with a 合计 printed to fewer than two decimals, within half its last digit.</summary>
    private static bool MorePrecise(long overview, long printed, string? text, TableUnit? unit) =>
        unit is { } u && text is not null && AmountText.Decimals(text) < 2 && overview != printed
        && Math.Abs(overview - printed) * 2 <= UnitCaption.ToUnits(1m / (decimal)Math.Pow(10, AmountText.Decimals(text)), u);
}
