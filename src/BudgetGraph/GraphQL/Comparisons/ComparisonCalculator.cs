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
        var (baseFacts, currentFacts) = await LoadFactsAsync(db, grouping, basePeriod, current, where, cancellationToken);
        var baseSums = BreakdownCalculator.Group(grouping, baseFacts);
        var currentSums = BreakdownCalculator.Group(grouping, currentFacts);
        var keys = baseSums.Keys.Union(currentSums.Keys).Order(StringComparer.Ordinal).ToList();
        var labels = await DimensionLabels.LoadAsync(db, grouping, current.Year, keys, cancellationToken);

        var documentsOfKey = currentFacts.GroupBy(grouping.KeyOf).ToDictionary(g => g.Key, g => g.Select(f => f.DocumentId).Distinct().ToList());
        var stated = StatedChanges.AppliesTo(grouping.Dimension)
            ? await StatedChanges.LoadAsync(db, [.. currentFacts.Select(f => f.DocumentId).Distinct()], basePeriod.Year, cancellationToken)
            : [];

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

    /// <summary>
    /// Both sides' facts with their printed subtotals. Two years of one stage come from one lines query and one
    /// subtotals query (each statement costs more in EF Core and round trip than the few rows of a department it reads).
    /// </summary>
    private static async Task<(List<LineFact> Base, List<LineFact> Current)> LoadFactsAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        if (basePeriod.Stage != current.Stage)
        {
            return (await PublishedSubtotals.ApplyAsync(db, await LineFacts.LoadAsync(db, grouping.Kind, basePeriod.Year, basePeriod.Stage, where, cancellationToken), grouping, where, cancellationToken),
                await PublishedSubtotals.ApplyAsync(db, await LineFacts.LoadAsync(db, grouping.Kind, current.Year, current.Stage, where, cancellationToken), grouping, where, cancellationToken));
        }

        var lines = await LineFacts.LoadTwoYearsAsync(db, grouping.Kind, basePeriod.Year, current.Year, current.Stage, where, cancellationToken);
        var facts = await PublishedSubtotals.ApplyAsync(db, lines, grouping, where, cancellationToken);
        return ([.. facts.Where(f => f.Year == basePeriod.Year)], [.. facts.Where(f => f.Year == current.Year)]);
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
