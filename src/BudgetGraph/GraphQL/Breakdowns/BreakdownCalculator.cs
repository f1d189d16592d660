using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// Sums the lines of one view by a dimension. With sources: the lines, their printed subtotals and the labels (three
/// queries however many groups); without: one query that sums and labels in SQL (<see cref="LineSums"/>).
/// </summary>
public static class BreakdownCalculator
{
    public static async Task<IReadOnlyList<BreakdownRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, int year, BudgetStage stage, BudgetLineFilter? where, bool withSources, CancellationToken cancellationToken)
    {
        if (!withSources)
        {
            var sums = await LineSums.LoadAsync(db, grouping, year, null, stage, where, year, cancellationToken);
            return Rows(Sum(grouping, sums), null, Labels(grouping, sums));
        }

        var lines = await LineFacts.LoadAsync(db, grouping.Kind, year, stage, where, cancellationToken);
        var facts = await PublishedSubtotals.ApplyAsync(db, lines, grouping, where, cancellationToken);
        var groups = Group(grouping, facts);
        return Rows(groups.ToDictionary(pair => pair.Key, pair => pair.Value.Amount), groups, await DimensionLabels.LoadAsync(db, grouping, year, groups.Keys, cancellationToken));
    }

    public static Dictionary<string, LineGroup> Group(DimensionGrouping grouping, IEnumerable<LineFact> facts) =>
        facts.GroupBy(grouping.KeyOf).ToDictionary(group => group.Key, LineGroup.Of);

    /// <summary>The amount of each group of sums read by <see cref="LineSums"/>.</summary>
    public static Dictionary<string, long> Sum(DimensionGrouping grouping, IEnumerable<LineSum> sums) =>
        sums.GroupBy(grouping.KeyOf).ToDictionary(group => group.Key, group => group.Sum(s => s.Amount));

    /// <summary>The labels <see cref="LineSums"/> read with the sums, and the ones keys get in code.</summary>
    public static Dictionary<string, string> Labels(DimensionGrouping grouping, IEnumerable<LineSum> sums)
    {
        var labels = new Dictionary<string, string>();
        foreach (var sum in sums)
            labels.TryAdd(grouping.KeyOf(sum), sum.Label ?? DimensionLabels.Fallback(grouping.KeyOf(sum)));
        return labels;
    }

    private static List<BreakdownRow> Rows(Dictionary<string, long> amounts, Dictionary<string, LineGroup>? groups, Dictionary<string, string> labels)
    {
        var total = amounts.Values.Sum();
        return amounts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new BreakdownRow(pair.Key, labels[pair.Key], pair.Value, total == 0 ? 0 : (double)pair.Value / total, groups?[pair.Key].Sources))
            .ToList();
    }
}
