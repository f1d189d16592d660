using BudgetGraph.GraphQL.Common.Filtering;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>ComparisonSortInput: one field per entry; entries apply in order, the key breaks ties.</summary>
public sealed class ComparisonSort
{
    public SortDirection? Key { get; set; }

    public SortDirection? Base { get; set; }

    public SortDirection? Current { get; set; }

    public SortDirection? Change { get; set; }

    public SortDirection? AbsoluteChange { get; set; }

    public SortDirection? ChangePercent { get; set; }

    /// <summary>Sorts rows; a row without the sorted value (a null side) goes last in either direction.</summary>
    public static IReadOnlyList<ComparisonRow> Apply(IReadOnlyList<ComparisonRow> rows, IReadOnlyList<ComparisonSort> order)
    {
        IOrderedEnumerable<ComparisonRow>? sorted = null;
        foreach (var sort in order)
        {
            sorted = By(sorted, rows, row => row.Base, sort.Base);
            sorted = By(sorted, rows, row => row.Current, sort.Current);
            sorted = By(sorted, rows, row => row.Change, sort.Change);
            sorted = By(sorted, rows, row => row.Change is { } change ? Math.Abs(change) : (long?)null, sort.AbsoluteChange);
            sorted = By(sorted, rows, row => row.ChangePercent, sort.ChangePercent);
            if (sort.Key is { } key)
                sorted = Then(sorted, rows, row => row.Key, key);
        }

        return [.. Then(sorted, rows, row => row.Key, SortDirection.Asc)];
    }

    private static IOrderedEnumerable<ComparisonRow>? By<T>(
        IOrderedEnumerable<ComparisonRow>? sorted, IReadOnlyList<ComparisonRow> rows, Func<ComparisonRow, T?> value, SortDirection? direction)
        where T : struct
    {
        if (direction is not { } chosen)
            return sorted;
        var missingLast = Then(sorted, rows, row => value(row) is null, SortDirection.Asc);
        return Then(missingLast, rows, row => value(row) ?? default, chosen);
    }

    private static IOrderedEnumerable<ComparisonRow> Then<TKey>(
        IOrderedEnumerable<ComparisonRow>? sorted, IReadOnlyList<ComparisonRow> rows, Func<ComparisonRow, TKey> key, SortDirection direction) =>
        (sorted, direction) switch
        {
            (null, SortDirection.Desc) => rows.OrderByDescending(key),
            (null, _) => rows.OrderBy(key),
            (_, SortDirection.Desc) => sorted.ThenByDescending(key),
            _ => sorted.ThenBy(key),
        };
}
