using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Common.DataLoading;

/// <summary>A batch loader that reads through its own short-lived <see cref="BudgetDbContext"/> per batch.</summary>
public abstract class DbBatchLoader<TKey, TValue>(IDbContextFactory<BudgetDbContext> contexts) : BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await FetchAsync(db, keys, cancellationToken);
    }

    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(BudgetDbContext db, IReadOnlyList<TKey> keys, CancellationToken cancellationToken);
}
