using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Common;
using BudgetGraph.Importer.Parsing;
using BudgetGraph.Importer.Validation;

namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// In a two-sided overview table (label, amount, label, amount), the amount printed right after a label; the
/// <c>occurrence</c>-th one (left to right, top to bottom) when both sides print the same label.
/// </summary>
public static class OverviewAmount
{
    public static AmountRef? Find(LayoutTable table, string label, bool isPdf, int occurrence = 0)
    {
        if (table.Unit is not { } unit)
            return null;
        var number = 0;
        foreach (var row in table.Rows)
        {
            number++;
            for (var i = 0; i + 1 < row.Cells.Count; i++)
            {
                if (HeaderText.Normalise(row.Cells[i]) == label && AmountText.TryParse(row.Cells[i + 1], out var value) && occurrence-- == 0)
                    return new AmountRef(UnitCaption.ToUnits(value, unit), table.Cite(row, number, label, isPdf));
            }
        }

        return null;
    }
}
