using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// The one test host: the real app over a fresh SQLite file in a temporary folder, which the app fills from the
/// project's data/ folder on start exactly as `dotnet run` does. Shared per test class through IClassFixture.
/// </summary>
public sealed class BudgetGraphFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-test-").FullName;
    private readonly string _dataDirectory;

    public BudgetGraphFactory()
        : this(RepositoryPaths.Data)
    {
    }

    private BudgetGraphFactory(string dataDirectory) => _dataDirectory = dataDirectory;

    public string DatabasePath => Path.Combine(_directory, "budget.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>A host that imports the disclosures of another folder on start (generated ones, or none).</summary>
    public static BudgetGraphFactory ForDataDirectory(string dataDirectory) => new(dataDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
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
            Directory.Delete(_directory, recursive: true);
        }
    }
}
