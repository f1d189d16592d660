using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// In a two-sided overview table (label, amount, label, amount), the amount printed right after a label; the
/// <c>occurrence</c>-th one (left to right, top to bottom) when both sides print the same label.
/// </summary>
public static partial class OverviewAmount
{
    /// <param name="blankIsZero">A label whose amount cell is blank reads as 0 (the national template leaves zero items
    /// blank) rather than as not printed; only the label's absence is null then.</param>
    public static AmountRef? Find(LayoutTable table, string label, bool isPdf, int occurrence = 0, bool blankIsZero = false)
    {
        if (table.Unit is not { } unit)
            return null;
        // An overview with a 行次 column prints each row's number between its label and its amount ("本年支出合计 57 2,074,962.01").
        var numbered = table.Rows.Any(r => r.Cells.Any(c => c.Contains("行次", StringComparison.Ordinal)));
        foreach (var row in table.Rows)
        {
            for (var i = 0; i + 1 < row.Cells.Count; i++)
            {
                if (HeaderText.Normalise(row.Cells[i]) != label)
                    continue;
                var amount = numbered && RowNumber().IsMatch(row.Cells[i + 1]) ? i + 2 : i + 1;
                var printed = amount < row.Cells.Count && AmountText.TryParse(row.Cells[amount], out var value) ? value : (decimal?)null;
                if ((printed is not null || blankIsZero) && occurrence-- == 0)
                    return new AmountRef(UnitCaption.ToUnits(printed ?? 0, unit), table.Cite(row, table.DataRowNumber(row), label, isPdf));
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}$")]
    private static partial System.Text.RegularExpressions.Regex RowNumber();
}
