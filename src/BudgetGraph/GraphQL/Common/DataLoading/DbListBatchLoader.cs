using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Common.DataLoading;

/// <summary>A batch loader whose value is a list; keys without rows get an empty list.</summary>
public abstract class DbListBatchLoader<TKey, TItem>(IDbContextFactory<BudgetDbContext> contexts)
    : DbBatchLoader<TKey, IReadOnlyList<TItem>>(contexts)
    where TKey : notnull
{
    protected override IReadOnlyList<TItem> Missing => [];

    /// <summary>Groups loaded rows by key, keeping their order.</summary>
    protected static IReadOnlyDictionary<TKey, IReadOnlyList<TItem>> GroupBy(IEnumerable<TItem> rows, Func<TItem, TKey> key) =>
        rows.GroupBy(key).ToDictionary(group => group.Key, group => (IReadOnlyList<TItem>)[.. group]);
}
