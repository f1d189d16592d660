using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;

namespace BudgetGraph.GraphQL.Series;

/// <summary>Groups the lines of a range of years as breakdown groups one year: two queries (lines, labels) for all years.</summary>
public static class SeriesCalculator
{
    public static async Task<IReadOnlyList<SeriesRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, int fromYear, int toYear, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        var lines = await LineFacts.LoadAsync(db, grouping.Kind, fromYear, toYear, stage, where, cancellationToken);
        var facts = await PublishedSubtotals.ApplyAsync(db, lines, grouping, where, cancellationToken);
        var sums = facts.GroupBy(f => (Key: grouping.KeyOf(f), f.Year)).ToDictionary(g => g.Key, LineGroup.Of);
        var keys = sums.Keys.Select(k => k.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        // Labels as the latest year with data names them.
        var labels = await DimensionLabels.LoadAsync(db, grouping, facts.Count == 0 ? toYear : facts.Max(f => f.Year), keys, cancellationToken);
        var years = Enumerable.Range(fromYear, toYear - fromYear + 1).ToList();
        return [.. keys.Select(key => new SeriesRow(
            key, labels[key], [.. years.Select(year => sums.TryGetValue((key, year), out var group) ? new SeriesPoint(year, group.Amount, group.Sources) : new SeriesPoint(year, null, []))]))];
    }
}
