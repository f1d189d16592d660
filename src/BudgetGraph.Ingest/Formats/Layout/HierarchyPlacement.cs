using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Settles the rows of a classified table that were placed without columns of their own page (text without positions,
/// or a continued page of a `pdftotext -layout` export that prints no header: <see cref="Parsing.Layout.ColumnAligner.Borrows"/>)
/// when, as placed, the table's hierarchy does not hold. Each such row may take any other placement that keeps its
/// own identities (合计 = its parts); the one combination under which every stated subtotal holds
/// (<see cref="LayoutHierarchy"/>) is taken — only when it is the only one, and only within <see cref="MaxTries"/>
/// combinations tried. Otherwise the table stays as placed, and its checks (or, for a table placed by name, its
/// refusal) report the disagreement: the reading is verified by the table's own arithmetic, never guessed.
/// </summary>
/// <remarks>
/// A row's placement meets two sums only: its own (as the stated row of the rows under it) and its parent's (as one of
/// its parts). So the search runs up the tree: for each row and each of its placements, how many placements of the
/// rows under it make its own sum hold (counted up to two, with one witness), children before parents; then the total
/// row's sum over the top rows. Rounding is allowed as for every leaf under a sum while searching; the one combination
/// found is then checked exactly, as the table's checks will.
/// </remarks>
internal static class HierarchyPlacement
{
    /// <summary>The bound on the combinations tried; past it the table stays as placed.</summary>
    public const int MaxTries = 100_000;

    /// <param name="table">The table as placed.</param>
    /// <param name="borrowed">The rows placed without columns of their own (indexes in the table's classified rows) and
    /// their other placements, made only when needed.</param>
    /// <returns>The classified rows with the settled placements, or null to keep the table as placed.</returns>
    public static IReadOnlyList<ClassifiedRow>? Settle(LayoutTable table, IReadOnlyList<(int Index, Func<IEnumerable<ClassifiedRow>> Others)> borrowed)
    {
        if (borrowed.Count == 0 || table.Unit is not { } unit || LayoutHierarchy.FirstUnheld(table) is null)
            return null;
        var rows = table.Classified;
        var options = rows.Select(r => new List<ClassifiedRow> { r }).ToArray();
        foreach (var (index, others) in borrowed)
            options[index].AddRange(others());
        if (options.All(o => o.Count == 1))
            return null;

        var (groups, columns, decimals) = (LayoutHierarchy.Groups(table), table.Spec.Columns!.Count, PrintedPrecision.Of(table));
        return new Search(groups, options, columns, unit, decimals).Settled() is { } settled
            && LayoutHierarchy.FirstUnheld(groups, settled, columns, unit, decimals) is null ? settled : null;
    }

    private sealed class Search(IReadOnlyList<LayoutHierarchy.Group> groups, List<ClassifiedRow>[] options, int columns, TableUnit unit, int decimals)
    {
        private readonly Dictionary<int, LayoutHierarchy.Group> _stating = groups.ToDictionary(g => g.Stated);

        /// <summary>Per row and placement: how many placements of the rows under it hold its sum (0, 1, 2 = "more"), and one that does.</summary>
        private readonly int[][] _ways = new int[options.Length][];
        private readonly int[]?[][] _witness = new int[]?[options.Length][];
        private int _tries;

        public ClassifiedRow[]? Settled()
        {
            var parts = groups.SelectMany(g => g.Parts).ToHashSet();
            // Children before parents: a group's parts are computed before the group's stated row.
            foreach (var row in Order())
            {
                if (!Count(row))
                    return null;
            }

            var chosen = new int[options.Length];
            foreach (var root in Enumerable.Range(0, options.Length).Where(i => !parts.Contains(i)))
            {
                var ways = _ways[root];
                if (ways.Sum() != 1)
                    return null;
                Choose(root, Array.IndexOf(ways, 1), chosen);
            }

            return chosen.Select((o, i) => options[i][o]).ToArray();
        }

        /// <summary>Rows ordered so that every group's parts come before its stated row.</summary>
        private List<int> Order()
        {
            var done = new HashSet<int>();
            var order = new List<int>();
            void Visit(int row)
            {
                if (!done.Add(row))
                    return;
                if (_stating.TryGetValue(row, out var group))
                {
                    foreach (var part in group.Parts)
                        Visit(part);
                }

                order.Add(row);
            }

            for (var i = 0; i < options.Length; i++)
                Visit(i);
            return order;
        }

        /// <summary>Fills the row's ways; false when the bound is reached.</summary>
        private bool Count(int row)
        {
            var ways = new int[options[row].Count];
            var witness = new int[]?[options[row].Count];
            _ways[row] = ways;
            _witness[row] = witness;
            if (!_stating.TryGetValue(row, out var group))
            {
                Array.Fill(ways, 1);
                return true;
            }

            // Only the parts' placements that hold their own sums take part.
            var feasible = group.Parts.Select(p => Enumerable.Range(0, options[p].Count).Where(o => _ways[p][o] > 0).ToArray()).ToArray();
            if (feasible.Any(f => f.Length == 0))
                return true;
            var combination = new int[feasible.Length];
            for (var o = 0; o < ways.Length; o++)
            {
                var stated = options[row][o];
                var index = new int[feasible.Length];
                while (true)
                {
                    if (++_tries > MaxTries)
                        return false;
                    for (var k = 0; k < feasible.Length; k++)
                        combination[k] = feasible[k][index[k]];
                    if (Holds(group, stated, combination))
                    {
                        var product = 1;
                        for (var k = 0; k < feasible.Length; k++)
                            product = Math.Min(2, product * _ways[group.Parts[k]][combination[k]]);
                        if (ways[o] == 0)
                            witness[o] = (int[])combination.Clone();
                        ways[o] = Math.Min(2, ways[o] + product);
                    }

                    // The next combination, odometer-style.
                    var next = feasible.Length - 1;
                    while (next >= 0 && ++index[next] == feasible[next].Length)
                        index[next--] = 0;
                    if (next < 0)
                        break;
                }
            }

            return true;
        }

        private bool Holds(LayoutHierarchy.Group group, ClassifiedRow stated, int[] combination)
        {
            for (var c = 0; c < columns; c++)
            {
                long sum = 0;
                var cells = 0;
                for (var k = 0; k < combination.Length; k++)
                {
                    if (options[group.Parts[k]][combination[k]].Amounts[c] is { } amount)
                    {
                        sum += amount;
                        cells++;
                    }
                }

                if (stated.Amounts[c] is null && cells == 0)
                    continue;
                if (!Tolerance.Holds(stated.Amount(c) - sum, Math.Max(cells, group.Leaves.Count), unit, decimals))
                    return false;
            }

            return true;
        }

        private void Choose(int row, int option, int[] chosen)
        {
            chosen[row] = option;
            if (_stating.TryGetValue(row, out var group) && _witness[row][option] is { } parts)
            {
                for (var k = 0; k < parts.Length; k++)
                    Choose(group.Parts[k], parts[k], chosen);
            }
        }
    }
}
