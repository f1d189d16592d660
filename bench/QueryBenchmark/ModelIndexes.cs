using System.Text.RegularExpressions;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// Brings a cached scale database's indexes in line with the current model (src/BudgetGraph.Data/Configuration):
/// creates the ones it lacks and drops IX_ indexes the model no longer has. Indexes are derived like the rest of the
/// database; rebuilding the whole database for an index change would mean re-importing every document.
/// </summary>
public static partial class ModelIndexes
{
    public static async Task<IReadOnlyList<string>> SyncAsync(string databasePath)
    {
        var options = new DbContextOptionsBuilder<BudgetDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new BudgetDbContext(options);
        var statements = IndexStatement().Matches(db.Database.GenerateCreateScript())
            .Select(m => (Name: m.Groups["name"].Value, Sql: m.Value.Replace(" INDEX ", " INDEX IF NOT EXISTS ", StringComparison.Ordinal)))
            .ToList();

        // Unpooled, so closing it checkpoints the WAL: no -wal file outlives the benchmark beside the cached database.
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        var existing = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'IX\\_%' ESCAPE '\\'");
        var tables = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
        var changes = new List<string>();
        foreach (var stale in existing.Except(statements.Select(s => s.Name)))
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{stale}\"");
            changes.Add("dropped " + stale);
        }

        foreach (var (name, sql) in statements.Where(s => !existing.Contains(s.Name)))
        {
            // A table of a newer model that this database predates: nothing to index, and no query of ours reads it.
            if (!tables.Contains(TableOf().Match(sql).Groups["table"].Value))
                continue;
            await ExecuteAsync(connection, sql);
            changes.Add("created " + name);
        }

        // No ANALYZE: the importer does not run it either, so plans are the ones a freshly imported database gets.
        return changes;
    }

    private static async Task<HashSet<string>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("""CREATE (?:UNIQUE )?INDEX "(?<name>[^"]+)" ON [^;]+;""")]
    private static partial Regex IndexStatement();

    [GeneratedRegex("""ON "(?<table>[^"]+)" """)]
    private static partial Regex TableOf();
}
