using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BudgetGraph.Startup;

/// <summary>Registers the database access of the API.</summary>
public static class BudgetDataServices
{
    /// <summary>
    /// A pooled context factory: every resolver and batch loader opens its own short-lived context, so fields that
    /// GraphQL resolves side by side never share one (a DbContext is not thread-safe). Interceptors registered as
    /// <see cref="IInterceptor"/> services are attached, which is how the tests count SQL commands.
    /// </summary>
    public static IServiceCollection AddBudgetData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPooledDbContextFactory<BudgetDbContext>((provider, options) =>
            ConfigureServing(options, configuration, ServingConnectionString(configuration), provider.GetServices<IInterceptor>()));
        // Contexts of a request share its read snapshot (SnapshotContextFactory); the pool, kept under a key, serves
        // everything else.
        var pooled = services.Single(d => d.ServiceType == typeof(IDbContextFactory<BudgetDbContext>) && !d.IsKeyedService);
        services.Remove(pooled);
        services.Add(pooled.ImplementationFactory is { } create
            ? new ServiceDescriptor(pooled.ServiceType, SnapshotContextFactory.PooledKey, (provider, _) => create(provider), pooled.Lifetime)
            : new ServiceDescriptor(pooled.ServiceType, SnapshotContextFactory.PooledKey, pooled.ImplementationType!, pooled.Lifetime));
        services.AddSingleton<SnapshotContextFactory>();
        services.AddSingleton<IDbContextFactory<BudgetDbContext>>(provider => provider.GetRequiredService<SnapshotContextFactory>());
        services.AddTransient<DatabaseInitializer>();
        // Resolved when the first context is made, so settings a test host adds after this call still count.
        services.AddSingleton<IInterceptor>(_ => new SqlitePreparedStatements(
            ServingConnectionString(configuration), UsesPreparedStatements(configuration)));
        services.AddSingleton<IInterceptor>(_ => new SqliteDatabaseFile(
            ServingConnectionString(configuration), BudgetDatabase.IsSqlite(configuration)));
        return services;
    }

    /// <summary>The API's provider on <paramref name="connectionString"/>, with the interceptors registered as services.</summary>
    internal static void ConfigureServing(DbContextOptionsBuilder options, IConfiguration configuration, string connectionString, IEnumerable<IInterceptor> interceptors)
    {
        BudgetDatabase.Configure(options, configuration, connectionString);
        options.AddInterceptors(interceptors);
    }

    /// <summary>
    /// The connection string the API reads with: on SQLite, one that never creates a missing file; on PostgreSQL, one
    /// that prepares the statements it sends again and again (<see cref="AutoPrepared"/>).
    /// </summary>
    internal static string ServingConnectionString(IConfiguration configuration) =>
        BudgetDatabase.IsSqlite(configuration)
            ? SqliteDatabaseFile.ForServing(BudgetDatabase.ConnectionStringOf(configuration))
            : AutoPrepared(BudgetDatabase.ConnectionStringOf(configuration));

    /// <summary>
    /// Npgsql's automatic preparation, unless the connection string sets it: a statement sent twice on a connection is
    /// prepared there and reused (up to 64 per connection), so PostgreSQL parses and plans the API's few dozen
    /// statements once per connection instead of on every request (breakdown ≈ +11 % requests/s, bench/RESULTS.md).
    /// And no session reset when a connection goes back to the pool, unless the string asks for it: the API sets no
    /// session state (its reads are one transaction each), while the reset (RESET ALL; CLOSE ALL; UNLISTEN *; …) cost
    /// the server about 0.2 ms per request, a fifth of a breakdown's.
    /// </summary>
    internal static string AutoPrepared(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare <= 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        return builder.ToString();
    }

    /// <summary>
    /// On SQLite the API reuses prepared statements (<see cref="SqlitePreparedStatements"/>) unless
    /// <c>Database:PreparedStatements</c> is false.
    /// </summary>
    private static bool UsesPreparedStatements(IConfiguration configuration) =>
        BudgetDatabase.IsSqlite(configuration) && configuration.GetValue("Database:PreparedStatements", defaultValue: true);
}
