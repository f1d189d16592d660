using BudgetGraph.Data;
using BudgetGraph.Data.Values;
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
    /// <param name="db">The context to query.</param>
    /// <param name="grouping">What the rows are grouped by.</param>
    /// <param name="basePeriod">The year and stage compared against.</param>
    /// <param name="current">The compared year and stage.</param>
    /// <param name="where">The query's line filter.</param>
    /// <param name="withSources">Whether the rows carry the cells they add up; without, sums and labels come from one SQL statement.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<IReadOnlyList<ComparisonRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, bool withSources,
        CancellationToken cancellationToken)
    {
        var sides = withSources
            ? await LoadGroupsAsync(db, grouping, basePeriod, current, where, cancellationToken)
            : await LoadSumsAsync(db, grouping, basePeriod, current, where, cancellationToken);
        var stated = StatedChanges.AppliesTo(grouping.Dimension)
            ? await StatedChanges.LoadAsync(db, [.. sides.DocumentsOfKey.Values.SelectMany(d => d).Distinct()], basePeriod.Year, cancellationToken)
            : [];

        return sides.Keys.Select(key =>
        {
            var baseAmount = sides.Base.TryGetValue(key, out var amount) ? amount : (long?)null;
            var currentAmount = sides.Current.TryGetValue(key, out amount) ? amount : (long?)null;
            var sources = sides.Sources?.Invoke(key);
            // What the narrative claims is shown beside the documents' figures, and stands in for a missing base year.
            var change = currentAmount is null ? null : Stated(grouping.Dimension, key, sides.DocumentsOfKey, stated);
            if (baseAmount is null && currentAmount is { } now && change is not null)
                return new ComparisonRow(key, sides.Labels[key], now - change.Change, now, ComparisonBasis.Stated, change, sources);
            return new ComparisonRow(key, sides.Labels[key], baseAmount, currentAmount, ComparisonBasis.Documents, change, sources);
        }).ToList();
    }

    /// <summary>Both sides from their lines, with the cells: lines, printed subtotals and labels.</summary>
    private static async Task<Sides> LoadGroupsAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        var (baseFacts, currentFacts) = await LoadFactsAsync(db, grouping, basePeriod, current, where, cancellationToken);
        var baseGroups = BreakdownCalculator.Group(grouping, baseFacts);
        var currentGroups = BreakdownCalculator.Group(grouping, currentFacts);
        var keys = baseGroups.Keys.Union(currentGroups.Keys).Order(StringComparer.Ordinal).ToList();
        return new Sides(
            keys,
            baseGroups.ToDictionary(pair => pair.Key, pair => pair.Value.Amount),
            currentGroups.ToDictionary(pair => pair.Key, pair => pair.Value.Amount),
            await DimensionLabels.LoadAsync(db, grouping, current.Year, keys, cancellationToken),
            DocumentsOfKey(currentFacts.Select(f => (grouping.KeyOf(f), f.DocumentId))),
            key => new ComparisonSources(baseGroups.GetValueOrDefault(key)?.Sources ?? [], currentGroups.GetValueOrDefault(key)?.Sources ?? []));
    }

    /// <summary>Both sides summed and labelled in SQL (<see cref="LineSums"/>): one statement for two years of one stage.</summary>
    private static async Task<Sides> LoadSumsAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, CancellationToken cancellationToken)
    {
        List<LineSum> baseSums, currentSums;
        if (basePeriod.Stage == current.Stage)
        {
            var sums = await LineSums.LoadAsync(db, grouping, basePeriod.Year, current.Year, current.Stage, where, current.Year, cancellationToken);
            (baseSums, currentSums) = ([.. sums.Where(s => s.Year == basePeriod.Year)], [.. sums.Where(s => s.Year == current.Year)]);
        }
        else
        {
            baseSums = await LineSums.LoadAsync(db, grouping, basePeriod.Year, null, basePeriod.Stage, where, current.Year, cancellationToken);
            currentSums = await LineSums.LoadAsync(db, grouping, current.Year, null, current.Stage, where, current.Year, cancellationToken);
        }

        var baseAmounts = BreakdownCalculator.Sum(grouping, baseSums);
        var currentAmounts = BreakdownCalculator.Sum(grouping, currentSums);
        return new Sides(
            baseAmounts.Keys.Union(currentAmounts.Keys).Order(StringComparer.Ordinal).ToList(),
            baseAmounts,
            currentAmounts,
            BreakdownCalculator.Labels(grouping, baseSums.Concat(currentSums)),
            DocumentsOfKey(currentSums.Select(s => (grouping.KeyOf(s), s.DocumentId))),
            null);
    }

    private static Dictionary<string, List<string>> DocumentsOfKey(IEnumerable<(string Key, string DocumentId)> groups) =>
        groups.GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.Select(d => d.DocumentId).Distinct().ToList());

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

    /// <summary>
    /// The groups of both sides: keys in order, amounts, labels, the compared year's documents behind each key (for
    /// stated changes) and, when read, the cells of each key.
    /// </summary>
    private sealed record Sides(
        List<string> Keys, Dictionary<string, long> Base, Dictionary<string, long> Current, Dictionary<string, string> Labels,
        Dictionary<string, List<string>> DocumentsOfKey, Func<string, ComparisonSources>? Sources);
}
