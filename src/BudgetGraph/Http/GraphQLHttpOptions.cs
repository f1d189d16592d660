namespace BudgetGraph.Http;

/// <summary>Settings of the GraphQL endpoint's HTTP behaviour, from the <c>Http</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "Http";

    /// <summary>
    /// How long one request may run (reading it, the dataset version, executing the query) before it is cancelled,
    /// its database command with it, and answered 504 REQUEST_TIMEOUT. Fractions are allowed (tests use 1 s).
    /// </summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// <c>Cache-Control: public, max-age</c> of a successful GET: how long browsers and shared caches may reuse an
    /// answer without asking. After that they revalidate with If-None-Match, which costs one cheap query.
    /// </summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Bound of the per-process persisted-query cache, in characters of query text (about bytes, queries being
    /// ASCII): 4,000,000 holds some 4,000 typical front-end queries; the least recently used go first.
    /// </summary>
    public long PersistedQueryCacheCharacters { get; set; } = 4_000_000;

    /// <summary>
    /// How long a process reuses the dataset version it read (one COUNT/MAX over Documents) for ETags: an import
    /// shows in ETags at most this much later. 0 reads it for every GET.
    /// </summary>
    public double DatasetVersionCacheSeconds { get; set; } = 1;

    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(RequestTimeoutSeconds);

    public bool IsValid =>
        RequestTimeoutSeconds > 0 && CacheMaxAgeSeconds >= 0 && PersistedQueryCacheCharacters > 0 && DatasetVersionCacheSeconds >= 0;
}
