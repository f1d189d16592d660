using BudgetGraph.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// The one test host: the real app over a fresh database, which the app fills on start exactly as `dotnet run` does,
/// from a data folder holding the reference disclosure only (<see cref="RepositoryPaths.ReferenceData"/>; the bundled
/// package has its own tests). The database is a SQLite file in a temporary folder, or, when
/// BUDGETGRAPH_TEST_PROVIDER=Postgres, a fresh database on the process-wide <see cref="PostgresServer"/>, so the
/// same assertions run on both engines. Shared per test class through IClassFixture.
/// </summary>
public sealed class BudgetGraphFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-test-").FullName;
    private readonly string _dataDirectory;

    public BudgetGraphFactory()
        : this(RepositoryPaths.ReferenceData)
    {
    }

    private BudgetGraphFactory(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        ConnectionString = OnPostgres
            ? PostgresServer.Instance.CreateDatabase()
            : $"Data Source={Path.Combine(_directory, "budget.db")}";
    }

    /// <summary>True when the tests run on PostgreSQL (BUDGETGRAPH_TEST_PROVIDER=Postgres).</summary>
    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("BUDGETGRAPH_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string Provider => OnPostgres ? "Postgres" : "Sqlite";

    public string ConnectionString { get; }

    /// <summary>A host that imports the disclosures of another folder on start (generated ones, or none).</summary>
    public static BudgetGraphFactory ForDataDirectory(string dataDirectory) => new(dataDirectory);

    /// <summary>Options for a context of the test's own on this host's database, through the app's provider switch.</summary>
    public DbContextOptions<BudgetDbContext> CreateDbContextOptions() =>
        BudgetDatabase.CreateOptions(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = Provider,
                ["ConnectionStrings:Budget"] = ConnectionString,
            })
            .Build());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Budget", ConnectionString);
        builder.UseSetting("Import:DataDirectory", _dataDirectory);
        builder.UseEnvironment("Testing");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // xunit disposes a fixture both asynchronously and synchronously, so this runs twice.
        if (disposing && Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (OnPostgres)
                PostgresServer.Instance.DropDatabase(ConnectionString);
            Directory.Delete(_directory, recursive: true);
        }
    }
}
