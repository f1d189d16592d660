using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The sums a classified table's hierarchy states: each 类 and 款 row against the rows under it, a unit's row against
/// its sub-units or its own rows, the total row against the rows under no other row (the 类 rows, or every row of a
/// table that prints only 项), column by column. The
/// checks report them (Validation's ClassifiedTableCheck); a reader that placed rows by name and indent, or placed a
/// page's amounts without columns of its own, asks whether they hold (<see cref="FirstUnheld(LayoutTable)"/>).
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

    /// <summary>
    /// A stated row and the rows that should make it up, in every column, by their indexes in the table's classified
    /// rows; with the leaves under the parts (for the rounding the gap may carry). The shape depends on the rows' keys
    /// only, so it holds whichever columns the rows' amounts are placed in.
    /// </summary>
    public sealed record Group(int Stated, IReadOnlyList<int> Parts, IReadOnlyList<int> Leaves, bool IsTableTotal, string What);

    /// <summary>Every stated subtotal with a cell on either side.</summary>
    public static IEnumerable<Subtotal> Subtotals(LayoutTable table) =>
        Groups(table).SelectMany(g => InColumns(g, table.Classified, table.Spec.Columns!.Count));

    /// <summary>Whether every stated subtotal holds within rounding (<see cref="Tolerance.Holds"/>); the first that does not, else null.</summary>
    public static Subtotal? FirstUnheld(LayoutTable table) =>
        table.Unit is { } unit ? FirstUnheld(Groups(table), table.Classified, table.Spec.Columns!.Count, unit, PrintedPrecision.Of(table)) : null;

    /// <summary>The first subtotal of <paramref name="groups"/> that does not hold with the rows' amounts as <paramref name="rows"/> place them.</summary>
    public static Subtotal? FirstUnheld(IEnumerable<Group> groups, IReadOnlyList<ClassifiedRow> rows, int columns, TableUnit unit, int decimals) =>
        groups.SelectMany(g => InColumns(g, rows, columns))
            .FirstOrDefault(s => !Tolerance.Holds(s.Difference, Math.Max(s.Parts.Count(p => p.Amounts[s.Column] is not null), s.RoundedRows), unit, decimals));

    /// <summary>The table's groups: each row with rows under it, in table order, then the total row against the top rows.</summary>
    public static IReadOnlyList<Group> Groups(LayoutTable table)
    {
        var rows = table.Classified;
        var coded = Enumerable.Range(0, rows.Count).Where(i => !rows[i].IsTotal && !rows[i].IsUnitRow).ToList();
        var leaves = coded.Where(i => !coded.Any(o => rows[o].Key!.Length > rows[i].Key!.Length && rows[o].Key!.StartsWith(rows[i].Key!, StringComparison.Ordinal))).ToList();
        List<int> LeavesUnder(List<int> parts) => leaves.Where(l => parts.Any(p => rows[l].Key!.StartsWith(rows[p].Key!, StringComparison.Ordinal))).ToList();

        var groups = new List<Group>();
        foreach (var i in coded)
        {
            var key = rows[i].Key!;
            var children = coded.Where(c => rows[c].Key!.Length == key.Length + 2 && rows[c].Key!.StartsWith(key, StringComparison.Ordinal)).ToList();
            if (children.Count > 0)
                groups.Add(new Group(i, children, LeavesUnder(children), false, $"the rows under {rows[i].Code} {rows[i].Name}"));
        }

        // A unit's row (Henan's 028, 028001) states the sum of what is listed under it: its sub-units' rows where it has
        // any, else the rows of its own that no other of its rows refines.
        var units = Enumerable.Range(0, rows.Count).Where(i => rows[i].IsUnitRow).ToList();
        foreach (var u in units)
        {
            var code = rows[u].UnitCode!;
            var under = units.Where(o => LayoutUnits.IsUnder(rows[o].UnitCode!, code)).ToList();
            var subUnits = under.Where(o => !under.Any(m => LayoutUnits.IsUnder(rows[o].UnitCode!, rows[m].UnitCode!))).ToList();
            var own = coded.Where(i => rows[i].UnitCode == code).ToList();
            var parts = subUnits.Count > 0
                ? subUnits
                : own.Where(i => !own.Any(k => rows[k].Key!.Length < rows[i].Key!.Length && rows[i].Key!.StartsWith(rows[k].Key!, StringComparison.Ordinal))).ToList();
            if (parts.Count > 0)
                groups.Add(new Group(u, parts, subUnits.Count > 0 ? leaves.Where(l => rows[l].UnitCode?.StartsWith(code, StringComparison.Ordinal) == true).ToList() : LeavesUnder(parts).Where(l => rows[l].UnitCode == code).ToList(), false, $"the rows under unit {code} {rows[u].Name}"));
        }

        var total = Enumerable.Range(0, rows.Count).FirstOrDefault(i => rows[i].IsTotal, -1);
        if (total >= 0 && coded.Count == 0 && units.Count > 0)
        {
            // A table listing units only (Henan's income table 02): the total against the units under no other unit.
            var topUnits = units.Where(u => !units.Any(o => LayoutUnits.IsUnder(rows[u].UnitCode!, rows[o].UnitCode!))).ToList();
            groups.Add(new Group(total, topUnits, UnitLeaves(rows, units), true, "the top units' rows"));
        }
        else if (total >= 0)
        {
            var top = coded.Where(i => !coded.Any(k => rows[k].Key!.Length < rows[i].Key!.Length && rows[i].Key!.StartsWith(rows[k].Key!, StringComparison.Ordinal))).ToList();
            var what = top.All(i => rows[i].Key!.Length == 3) ? "the 类 rows" : "the rows under no other row";
            groups.Add(new Group(total, top, LeavesUnder(top), true, what));
        }

        return groups;
    }

    /// <summary>The unit rows no other unit row refines (028001 under 028).</summary>
    private static List<int> UnitLeaves(IReadOnlyList<ClassifiedRow> rows, List<int> units) =>
        units.Where(u => !units.Any(o => LayoutUnits.IsUnder(rows[o].UnitCode!, rows[u].UnitCode!))).ToList();

    /// <summary>The group's subtotal in each column with a cell on either side.</summary>
    private static IEnumerable<Subtotal> InColumns(Group group, IReadOnlyList<ClassifiedRow> rows, int columns)
    {
        var stated = rows[group.Stated];
        var parts = group.Parts.Select(p => rows[p]).ToList();
        for (var c = 0; c < columns; c++)
        {
            if (stated.Amounts[c] is null && parts.All(p => p.Amounts[c] is null))
                continue;
            yield return new Subtotal(group.IsTableTotal, stated, parts, c, group.What, group.Leaves.Count(l => rows[l].Amounts[c] is not null));
        }
    }
}
