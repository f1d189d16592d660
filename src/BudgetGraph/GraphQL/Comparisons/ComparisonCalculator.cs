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
    /// <param name="withSources">Whether the rows carry the cells they add up (joined to the groups by key); the sums and labels come from one SQL statement either way.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<IReadOnlyList<ComparisonRow>> ComputeAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, bool withSources,
        CancellationToken cancellationToken)
    {
        var sides = await LoadSumsAsync(db, grouping, basePeriod, current, where, withSources, cancellationToken);
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

    /// <summary>
    /// Both sides summed and labelled in SQL (<see cref="LineSums"/>): one statement for two years of one stage; with
    /// sources, each side's cells joined to its groups by key (<see cref="BreakdownCalculator.SourcesAsync"/>).
    /// </summary>
    private static async Task<Sides> LoadSumsAsync(
        BudgetDbContext db, DimensionGrouping grouping, ComparisonPeriod basePeriod, ComparisonPeriod current, BudgetLineFilter? where, bool withSources,
        CancellationToken cancellationToken)
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
        Func<string, ComparisonSources>? sources = null;
        if (withSources)
        {
            var baseCells = await BreakdownCalculator.SourcesAsync(db, grouping, baseSums, basePeriod.Year, basePeriod.Year, basePeriod.Stage, where, cancellationToken);
            var currentCells = await BreakdownCalculator.SourcesAsync(db, grouping, currentSums, current.Year, current.Year, current.Stage, where, cancellationToken);
            sources = key => new ComparisonSources(baseCells.GetValueOrDefault(key) ?? [], currentCells.GetValueOrDefault(key) ?? []);
        }

        return new Sides(
            baseAmounts.Keys.Union(currentAmounts.Keys).Order(StringComparer.Ordinal).ToList(),
            baseAmounts,
            currentAmounts,
            BreakdownCalculator.Labels(grouping, baseSums.Concat(currentSums)),
            DocumentsOfKey(currentSums.Select(s => (grouping.KeyOf(s), s.DocumentId))),
            sources);
    }

    private static Dictionary<string, List<string>> DocumentsOfKey(IEnumerable<(string Key, string DocumentId)> groups) =>
        groups.GroupBy(g => g.Key).ToDictionary(g => g.Key, g => g.Select(d => d.DocumentId).Distinct().ToList());

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
