using GraphQL;
using GraphQL.DataLoader;

namespace BudgetGraph.GraphQL.Common.DataLoading;

/// <summary>
/// Batches the keys that resolvers ask for while one level of a query executes, then loads them all with one
/// query. GraphQL.NET's execution strategies hold back every <see cref="IDataLoaderResult"/> until the level is
/// done, so the first <c>GetResultAsync</c> sees every key of the level. A loader is a stateless singleton; the
/// keys and results of one request live in that request's user context, so requests never share data.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly string _stateKey;

    protected BatchLoader() => _stateKey = "BatchLoader:" + GetType().FullName;

    /// <summary>Queues <paramref name="key"/>; the value arrives when the execution strategy asks for it.</summary>
    public IDataLoaderResult<TValue> Load(IResolveFieldContext context, TKey key) => StateOf(context).Load(key);

    /// <summary>Loads every key of one batch with one database query.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the database has nothing for (null, or an empty list).</summary>
    protected virtual TValue Missing => default!;

    private BatchState StateOf(IResolveFieldContext context)
    {
        var bag = context.UserContext;
        lock (bag)
        {
            if (bag.TryGetValue(_stateKey, out var existing) && existing is BatchState state)
                return state;
            var created = new BatchState(this);
            bag[_stateKey] = created;
            return created;
        }
    }

    /// <summary>One request's batches: the batch still collecting keys and the batch each key went into.</summary>
    private sealed class BatchState(BatchLoader<TKey, TValue> loader)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<TKey, Batch> _batchOfKey = [];
        private Batch _collecting = new();

        public IDataLoaderResult<TValue> Load(TKey key)
        {
            lock (_gate)
            {
                if (!_batchOfKey.TryGetValue(key, out var batch))
                {
                    batch = _collecting;
                    batch.Keys.Add(key);
                    _batchOfKey[key] = batch;
                }

                return new PendingValue(this, batch, key);
            }
        }

        private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
        {
            Lazy<Task<IReadOnlyDictionary<TKey, TValue>>> loading;
            lock (_gate)
            {
                if (batch.Loading is null)
                {
                    // Keys queued from now on belong to the next level's batch.
                    if (ReferenceEquals(batch, _collecting))
                        _collecting = new Batch();
                    batch.Loading = new(() => loader.FetchAsync(batch.Keys, cancellationToken));
                }

                loading = batch.Loading;
            }

            // Started outside the lock: the query may complete synchronously (SQLite) and must not hold it.
            return loading.Value;
        }

        private sealed class Batch
        {
            public List<TKey> Keys { get; } = [];

            public Lazy<Task<IReadOnlyDictionary<TKey, TValue>>>? Loading { get; set; }
        }

        private sealed class PendingValue(BatchState state, Batch batch, TKey key) : IDataLoaderResult<TValue>
        {
            public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
            {
                var values = await state.Dispatch(batch, cancellationToken);
                return values.TryGetValue(key, out var value) ? value : state.MissingValue;
            }

            async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
                await GetResultAsync(cancellationToken);
        }

        private TValue MissingValue => loader.Missing;
    }
}
