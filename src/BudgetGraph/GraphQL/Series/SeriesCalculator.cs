using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;

namespace BudgetGraph.GraphQL.Series;

/// <summary>
/// Sums a range of years as breakdown sums one year (<see cref="LineSums"/>: the rollup, or the lines for filters it is
/// not keyed by), each year's cells joined to its groups by key; the keys labelled as the latest year with data names them.
/// </summary>
public static class SeriesCalculator
{
    public static async Task<IReadOnlyList<SeriesRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, int fromYear, int toYear, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        var sums = await LineSums.LoadRangeAsync(db, grouping, fromYear, toYear, stage, where, cancellationToken);
        var cells = await BreakdownCalculator.CellsAsync(db, grouping, sums, fromYear, toYear, stage, where, cancellationToken);
        var points = cells.GroupBy(c => (c.Key, c.Sum.Year))
            .ToDictionary(g => g.Key, g => (Amount: g.Sum(c => c.Sum.Amount), Sources: g.SelectMany(c => c.Cells).ToList()));
        var keys = points.Keys.Select(k => k.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        var labels = await DimensionLabels.LoadAsync(db, grouping, sums.Count == 0 ? toYear : sums.Max(s => s.Year), keys, cancellationToken);
        var years = Enumerable.Range(fromYear, toYear - fromYear + 1).ToList();
        return [.. keys.Select(key => new SeriesRow(
            key, labels[key], [.. years.Select(year => points.TryGetValue((key, year), out var point) ? new SeriesPoint(year, point.Amount, point.Sources) : new SeriesPoint(year, null, []))]))];
    }
}
