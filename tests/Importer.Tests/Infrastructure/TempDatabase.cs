using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Infrastructure;

/// <summary>A real SQLite database file in a temporary folder, schema created, deleted on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-importer-").FullName;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "budget.db")};Pooling=False";

    public string Folder => _folder;

    public static async Task<TempDatabase> CreateAsync()
    {
        var database = new TempDatabase();
        await using var db = database.Open();
        await BudgetSchema.EnsureAsync(db);
        return database;
    }

    public BudgetDbContext Open() =>
        new(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlite(ConnectionString).Options);

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
