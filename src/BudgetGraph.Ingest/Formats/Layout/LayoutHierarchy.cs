using BudgetGraph.Ingest.Formats.Common;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The sums a classified table's hierarchy states: each 类 and 款 row against the rows under it, the total row against
/// the rows under no other row (the 类 rows, or every row of a table that prints only 项), column by column. The
/// checks report them (Validation's ClassifiedTableCheck); a reader that placed rows by name and indent asks whether
/// they hold (<see cref="Holds"/>).
/// </summary>
public static class LayoutHierarchy
{
    /// <summary>One stated subtotal and the rows that should make it up, in one column.</summary>
    /// <param name="IsTableTotal">The table's total row against the rows under no other row; else a 类 or 款 row against its rows.</param>
    /// <param name="What">How a message names the parts ("the rows under 201 一般公共服务支出", "the 类 rows").</param>
    /// <param name="RoundedRows">The printed rows at the bottom of the hierarchy under the parts: how many rounded amounts the gap may carry.</param>
    public sealed record Subtotal(bool IsTableTotal, ClassifiedRow Stated, IReadOnlyList<ClassifiedRow> Parts, int Column, string What, int RoundedRows)
    {
        public long Difference => Stated.Amount(Column) - Parts.Where(p => p.Amounts[Column] is not null).Sum(p => p.Amount(Column));
    }

    /// <summary>Every stated subtotal with a cell on either side.</summary>
    public static IEnumerable<Subtotal> Subtotals(LayoutTable table)
    {
        var columns = table.Spec.Columns!.Count;
        var coded = table.Coded.ToList();
        foreach (var row in coded)
        {
            var children = coded.Where(c => c.Key!.Length == row.Key!.Length + 2 && c.Key.StartsWith(row.Key, StringComparison.Ordinal)).ToList();
            if (children.Count == 0)
                continue;
            for (var c = 0; c < columns; c++)
            {
                if (Stated(table, false, row, children, c, $"the rows under {row.Code} {row.Name}") is { } subtotal)
                    yield return subtotal;
            }
        }

        if (table.Total is { } total)
        {
            var keys = coded.Select(r => r.Key!).ToHashSet(StringComparer.Ordinal);
            var top = coded.Where(r => !keys.Any(k => k.Length < r.Key!.Length && r.Key.StartsWith(k, StringComparison.Ordinal))).ToList();
            var what = top.All(r => r.Key!.Length == 3) ? "the 类 rows" : "the rows under no other row";
            for (var c = 0; c < columns; c++)
            {
                if (Stated(table, true, total, top, c, what) is { } subtotal)
                    yield return subtotal;
            }
        }
    }

    /// <summary>Whether every stated subtotal holds within rounding (<see cref="Tolerance.Holds"/>); the first that does not, else null.</summary>
    public static Subtotal? FirstUnheld(LayoutTable table)
    {
        if (table.Unit is not { } unit)
            return null;
        var decimals = PrintedPrecision.Of(table);
        return Subtotals(table).FirstOrDefault(s => !Tolerance.Holds(s.Difference, Math.Max(s.Parts.Count(p => p.Amounts[s.Column] is not null), s.RoundedRows), unit, decimals));
    }

    private static Subtotal? Stated(LayoutTable table, bool isTableTotal, ClassifiedRow stated, List<ClassifiedRow> parts, int column, string what)
    {
        if (stated.Amounts[column] is null && parts.All(p => p.Amounts[column] is null))
            return null;
        var leaves = table.Leaves.Count(l => l.Amounts[column] is not null && parts.Any(p => l.Key!.StartsWith(p.Key!, StringComparison.Ordinal)));
        return new Subtotal(isTableTotal, stated, parts, column, what, leaves);
    }
}
