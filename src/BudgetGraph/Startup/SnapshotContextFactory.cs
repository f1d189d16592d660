using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Startup;

/// <summary>
/// The contexts the API's resolvers open: inside a request that began a <see cref="ReadSnapshot"/>, contexts on that
/// request's snapshot; elsewhere (start-up import, health probes) pooled contexts as before. The snapshot flows with
/// the request's async calls, so the singleton query classes and loaders need not know about requests.
/// </summary>
public sealed class SnapshotContextFactory(
    [FromKeyedServices(SnapshotContextFactory.PooledKey)] IDbContextFactory<BudgetDbContext> pooled, IConfiguration configuration, IServiceProvider services)
    : IDbContextFactory<BudgetDbContext>
{
    /// <summary>The key of the pooled factory this one falls back on.</summary>
    public const string PooledKey = "pooled";

    // Settled once, on the first request (a test host adds its interceptors before that), not on every request.
    private readonly Lazy<(bool OnPostgres, string ConnectionString, IReadOnlyList<IInterceptor> Interceptors)> _settings = new(() =>
        (!BudgetDatabase.IsSqlite(configuration), BudgetDataServices.ServingConnectionString(configuration), [.. services.GetServices<IInterceptor>()]));

    /// <summary>Starts a snapshot for the calling request's reads; disposing it ends the snapshot.</summary>
    public ReadSnapshot Begin()
    {
        var (onPostgres, connectionString, interceptors) = _settings.Value;
        return new ReadSnapshot(onPostgres, connectionString, interceptors, pooled);
    }

    public BudgetDbContext CreateDbContext() => ReadSnapshot.Current is { } snapshot ? snapshot.CreateDbContext() : pooled.CreateDbContext();

    public Task<BudgetDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        ReadSnapshot.Current is { } snapshot ? snapshot.CreateDbContextAsync(cancellationToken) : pooled.CreateDbContextAsync(cancellationToken);
}
