using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Importer.Tests.Infrastructure;

/// <summary>
/// A real database with the schema created, deleted on dispose, and a temporary folder for the test's files. The
/// database is a SQLite file in that folder or, when BUDGETGRAPH_TEST_PROVIDER=Postgres, a fresh database on the
/// process-wide <see cref="PostgresServer"/> (the file BudgetGraph.Tests uses, linked), so the same assertions run on
/// both engines.
/// </summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-importer-").FullName;

    private TempDatabase()
    {
        ConnectionString = OnPostgres
            ? PostgresServer.Instance.CreateDatabase()
            : $"Data Source={Path.Combine(_folder, "budget.db")};Pooling=False";
    }

    /// <summary>True when the tests run on PostgreSQL (BUDGETGRAPH_TEST_PROVIDER=Postgres).</summary>
    public static bool OnPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("BUDGETGRAPH_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of Database:Provider for this database.</summary>
    public static string Provider => OnPostgres ? "Postgres" : "Sqlite";

    public string ConnectionString { get; }

    public string Folder => _folder;

    public static async Task<TempDatabase> CreateAsync()
    {
        var database = new TempDatabase();
        await using var db = database.Open();
        await BudgetSchema.EnsureAsync(db);
        return database;
    }

    /// <summary>A context on this database through the application's own provider switch.</summary>
    public BudgetDbContext Open() =>
        new(BudgetDatabase.CreateOptions(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = Provider,
                ["ConnectionStrings:Budget"] = ConnectionString,
            })
            .Build()));

    /// <summary>Row counts of every table, to prove an operation changed nothing.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync()
    {
        await using var db = Open();
        return new Dictionary<string, int>
        {
            ["Regions"] = await db.Regions.CountAsync(),
            ["Departments"] = await db.Departments.CountAsync(),
            ["Documents"] = await db.Documents.CountAsync(),
            ["DocumentSourceFiles"] = await db.DocumentSourceFiles.CountAsync(),
            ["DisclosedTables"] = await db.DisclosedTables.CountAsync(),
            ["DisclosedRows"] = await db.DisclosedRows.CountAsync(),
            ["ClassificationNodes"] = await db.ClassificationNodes.CountAsync(),
            ["BudgetLines"] = await db.BudgetLines.CountAsync(),
            ["Projects"] = await db.Projects.CountAsync(),
            ["PerformanceIndicators"] = await db.PerformanceIndicators.CountAsync(),
            ["Findings"] = await db.Findings.CountAsync(),
            ["FindingLocations"] = await db.FindingLocations.CountAsync(),
            ["StatedComparisons"] = await db.StatedComparisons.CountAsync(),
            ["DocumentFacts"] = await db.DocumentFacts.CountAsync(),
            ["GlossaryTerms"] = await db.GlossaryTerms.CountAsync(),
        };
    }

    public ValueTask DisposeAsync()
    {
        if (OnPostgres)
            PostgresServer.Instance.DropDatabase(ConnectionString);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms: the temp folder is cleaned up by the OS later.
        }

        return ValueTask.CompletedTask;
    }
}
