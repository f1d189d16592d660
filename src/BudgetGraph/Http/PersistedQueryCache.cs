using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Http;

/// <summary>
/// Query texts by hash, for automatic persisted queries. Per process and in memory: replicas stay stateless and each
/// learns a query the first time a client sends it with its text (the APQ protocol retries with the text after
/// PERSISTED_QUERY_NOT_FOUND), so nothing has to be shared or deployed. Bounded by the total length of the texts
/// (<see cref="GraphQLHttpOptions.PersistedQueryCacheCharacters"/>), so clients registering many large queries
/// cannot grow it; the least recently used entries are compacted away.
/// </summary>
public sealed class PersistedQueryCache : IDisposable
{
    /// <summary>The key (64 hex characters) and the cache's bookkeeping, charged to every entry.</summary>
    private const int EntryOverhead = 128;

    private readonly MemoryCache _queries;

    public PersistedQueryCache(IOptions<GraphQLHttpOptions> options) =>
        _queries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.PersistedQueryCacheCharacters });

    public string? Find(string hash) => _queries.TryGetValue(hash, out string? query) ? query : null;

    /// <summary>Remembers a query that parsed and validated; the hash must be <see cref="QueryHash.Of"/> the query.</summary>
    public void Remember(string hash, string query)
    {
        // Looking up first keeps the common case (a known query) free of allocations and refreshes its recency.
        if (_queries.TryGetValue(hash, out _))
            return;
        _queries.Set(hash, query, new MemoryCacheEntryOptions { Size = query.Length + EntryOverhead });
    }

    public void Dispose() => _queries.Dispose();
}
