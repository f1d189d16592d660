using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>
/// Compares two years group by group. A group present in both years' documents compares documents; a group missing
/// from the base year falls back to the change the compared year's narrative states (base = current − change),
/// when every document behind the group states one.
/// </summary>
public static class ComparisonCalculator
{
    public static async Task<IReadOnlyList<ComparisonRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        var baseFacts = await PublishedSubtotals.ApplyAsync(
            db, await LineFacts.LoadAsync(db, grouping.Kind, basePeriod.Year, basePeriod.Stage, where, cancellationToken), grouping, where, cancellationToken);
        var currentFacts = await PublishedSubtotals.ApplyAsync(
            db, await LineFacts.LoadAsync(db, grouping.Kind, current.Year, current.Stage, where, cancellationToken), grouping, where, cancellationToken);
        var baseSums = BreakdownCalculator.Group(grouping, baseFacts);
        var currentSums = BreakdownCalculator.Group(grouping, currentFacts);
        var keys = baseSums.Keys.Union(currentSums.Keys).Order(StringComparer.Ordinal).ToList();
        var labels = await DimensionLabels.LoadAsync(db, grouping, current.Year, keys, cancellationToken);

        var documentsOfKey = currentFacts.GroupBy(grouping.KeyOf).ToDictionary(g => g.Key, g => g.Select(f => f.DocumentId).Distinct().ToList());
        var stated = await StatedChanges.LoadAsync(db, [.. currentFacts.Select(f => f.DocumentId).Distinct()], basePeriod.Year, cancellationToken);

        return keys.Select(key =>
        {
            var baseGroup = baseSums.GetValueOrDefault(key);
            var currentGroup = currentSums.GetValueOrDefault(key);
            var sources = new ComparisonSources(baseGroup?.Sources ?? [], currentGroup?.Sources ?? []);
            // What the narrative claims is shown beside the documents' figures, and stands in for a missing base year.
            var change = currentGroup is null ? null : Stated(grouping.Dimension, key, documentsOfKey, stated);
            if (baseGroup is null && currentGroup is { Amount: var now } && change is not null)
                return new ComparisonRow(key, labels[key], now - change.Change, now, ComparisonBasis.Stated, change, sources);
            return new ComparisonRow(key, labels[key], baseGroup?.Amount, currentGroup?.Amount, ComparisonBasis.Documents, change, sources);
        }).ToList();
    }

    private static StatedChange? Stated(
        Dimension dimension, string key, Dictionary<string, List<string>> documentsOfKey,
        Dictionary<(string DocumentId, string Subject), StatedChange> stated)
    {
        if (StatedChanges.SubjectOf(dimension, key) is not { } subject || !documentsOfKey.TryGetValue(key, out var documents))
            return null;
        var changes = documents.Select(d => stated.GetValueOrDefault((d, subject))).ToList();
        if (changes.Any(c => c is null))
            return null;
        var reasons = changes.Select(c => c!.Reason).OfType<string>().Distinct().ToList();
        return new StatedChange(
            changes.Sum(c => c!.Change), reasons.Count == 0 ? null : string.Join("；", reasons), [.. changes.SelectMany(c => c!.Sources)]);
    }
}
