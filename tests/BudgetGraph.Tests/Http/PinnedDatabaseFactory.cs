using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// The app on a given database and provider whatever BUDGETGRAPH_TEST_PROVIDER says, for tests that make the
/// database misbehave (a held lock, a stopped server) on a specific engine: they run in both CI passes. Filled from
/// data/ on start, as always.
/// </summary>
public sealed class PinnedDatabaseFactory : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private PinnedDatabaseFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings)
    {
        _provider = provider;
        ConnectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string>();
    }

    public string ConnectionString { get; }

    public static PinnedDatabaseFactory OnPostgres(string connectionString, IReadOnlyDictionary<string, string>? settings = null) =>
        new("Postgres", connectionString, settings);

    public static PinnedDatabaseFactory OnSqlite(string databaseFile, IReadOnlyDictionary<string, string>? settings = null) =>
        new("Sqlite", $"Data Source={databaseFile}", settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:Budget", ConnectionString);
        builder.UseSetting("Import:DataDirectory", RepositoryPaths.ReferenceData);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.UseEnvironment("Testing");
    }
}
