using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.BudgetLines;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>Sums the lines of one view by a dimension: two queries (the lines, the labels), however many groups.</summary>
public static class BreakdownCalculator
{
    public static async Task<IReadOnlyList<BreakdownRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, int year, BudgetStage stage, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        var facts = await LineFacts.LoadAsync(db, grouping.Kind, year, stage, where, cancellationToken);
        var sums = Sum(grouping, facts);
        var labels = await DimensionLabels.LoadAsync(db, grouping, year, sums.Keys, cancellationToken);
        var total = sums.Values.Sum();
        return sums
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new BreakdownRow(pair.Key, labels[pair.Key], pair.Value, total == 0 ? 0 : (double)pair.Value / total))
            .ToList();
    }

    public static Dictionary<string, long> Sum(DimensionGrouping grouping, IEnumerable<LineFact> facts) =>
        facts.GroupBy(grouping.KeyOf).ToDictionary(group => group.Key, group => group.Sum(f => f.Amount));
}
