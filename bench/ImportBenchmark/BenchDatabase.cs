using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Bench;

/// <summary>
/// A fresh database for one round: a SQLite file in a temporary folder, or (provider postgres) the database named by
/// ConnectionStrings__Budget, dropped and created again — so point it at a throwaway server.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-bench-").FullName;
    private readonly bool _postgres;

    public BenchDatabase(bool postgres)
    {
        _postgres = postgres;
        ConnectionString = postgres
            ? Environment.GetEnvironmentVariable("ConnectionStrings__Budget")
                ?? throw new InvalidOperationException("provider postgres needs ConnectionStrings__Budget (a throwaway database: it is dropped)")
            : $"Data Source={Path.Combine(_folder, "bench.db")}";
    }

    public string ConnectionString { get; }

    public BudgetDbContext Open()
    {
        var options = new DbContextOptionsBuilder<BudgetDbContext>();
        if (_postgres)
            options.UseNpgsql(ConnectionString);
        else
            options.UseSqlite(ConnectionString);
        return new BudgetDbContext(options.Options);
    }

    public async Task CreateAsync()
    {
        await using var db = Open();
        if (_postgres)
            await db.Database.EnsureDeletedAsync();
        await BudgetSchema.EnsureAsync(db);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
