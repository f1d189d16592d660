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
        var lines = await LineFacts.LoadAsync(db, grouping.Kind, year, stage, where, cancellationToken);
        var facts = await PublishedSubtotals.ApplyAsync(db, lines, grouping, where, cancellationToken);
        var groups = Group(grouping, facts);
        var labels = await DimensionLabels.LoadAsync(db, grouping, year, groups.Keys, cancellationToken);
        var total = groups.Values.Sum(g => g.Amount);
        return groups
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new BreakdownRow(pair.Key, labels[pair.Key], pair.Value.Amount, total == 0 ? 0 : (double)pair.Value.Amount / total, pair.Value.Sources))
            .ToList();
    }

    public static Dictionary<string, LineGroup> Group(DimensionGrouping grouping, IEnumerable<LineFact> facts) =>
        facts.GroupBy(grouping.KeyOf).ToDictionary(group => group.Key, LineGroup.Of);
}
