using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

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
    private readonly Lazy<(SnapshotContextPool Contexts, SqlitePreparedStatements? Statements)> _settings = new(() =>
    {
        var interceptors = services.GetServices<IInterceptor>().ToList();
        var builder = new DbContextOptionsBuilder<BudgetDbContext>();
        var connectionString = ReadOnly(BudgetDataServices.ServingConnectionString(configuration), BudgetDatabase.IsSqlite(configuration));
        BudgetDataServices.ConfigureServing(builder, configuration, connectionString, interceptors);
        return (new SnapshotContextPool(builder.Options, reuse: !BudgetDatabase.IsSqlite(configuration)), interceptors.OfType<SqlitePreparedStatements>().SingleOrDefault(s => s.Enabled));
    });

    /// <summary>Starts a snapshot for the calling request's reads; disposing it ends the snapshot.</summary>
    public ReadSnapshot Begin()
    {
        var (contexts, statements) = _settings.Value;
        return new ReadSnapshot(contexts, statements, pooled);
    }

    /// <summary>
    /// On PostgreSQL, the snapshots' connections (a pool of their own) start every transaction read only
    /// (default_transaction_read_only), so a snapshot needs no SET TRANSACTION READ ONLY round trip.
    /// </summary>
    internal static string ReadOnly(string connectionString, bool onSqlite)
    {
        if (onSqlite)
            return connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        return builder.ToString();
    }

    public BudgetDbContext CreateDbContext() => ReadSnapshot.Current is { } snapshot ? snapshot.CreateDbContext() : pooled.CreateDbContext();

    public Task<BudgetDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        ReadSnapshot.Current is { } snapshot ? snapshot.CreateDbContextAsync(cancellationToken) : pooled.CreateDbContextAsync(cancellationToken);
}
