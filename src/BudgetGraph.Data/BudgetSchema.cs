using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data;

/// <summary>
/// The database is derived data: the disclosure files are the record, and the database keeps them
/// (<see cref="SourceArchive"/>). So the schema is versioned, not migrated: a database remembers the fingerprint of the
/// model that created it, one created by another model is reported as <see cref="SchemaState.Outdated"/>, and the
/// upgrade (importer `upgrade`, or the API at start) rebuilds it from the files it stores. The same way on SQLite and
/// PostgreSQL; there are no migration sets to keep in step.
/// </summary>
public static class BudgetSchema
{
    public static async Task<SchemaState> EnsureAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        var fingerprint = Fingerprint(db);
        if (await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            db.SchemaVersions.Add(new SchemaVersion { Id = 1, Fingerprint = fingerprint });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return SchemaState.Created;
        }

        try
        {
            var stored = await db.SchemaVersions.AsNoTracking().Select(v => v.Fingerprint).FirstOrDefaultAsync(cancellationToken);
            return stored == fingerprint ? SchemaState.Current : SchemaState.Outdated;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A database older than the fingerprint itself has no SchemaVersions table.
            return SchemaState.Outdated;
        }
    }

    /// <summary>What to tell a user whose database is <see cref="SchemaState.Outdated"/>.</summary>
    public const string OutdatedMessage =
        "the database was created by another version of BudgetGraph's schema. It is rebuilt from the disclosure files it "
        + "stores: run `dotnet run --project src/Importer -- upgrade` (same database settings), or start the API with "
        + "Database__UpgradeOnStart=true.";

    /// <summary>
    /// Drops every table of the database, whatever schema version created them, and creates the current schema in
    /// the same database (grants on the database and its schema stay as they are).
    /// </summary>
    public static async Task RecreateAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        await DropAllTablesAsync(db, cancellationToken);
        // Not EnsureCreated: SQLite keeps its internal sqlite_sequence table, which EnsureCreated takes for an existing schema.
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        db.SchemaVersions.Add(new SchemaVersion { Id = 1, Fingerprint = Fingerprint(db) });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static async Task DropAllTablesAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var tables = await db.Database.SqlQueryRaw<string>(sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = current_schema()").ToListAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", cancellationToken);
            foreach (var table in tables)
            {
                // Table names come from the catalogue, quoted as identifiers: nothing user-supplied reaches the SQL.
                var drop = "DROP TABLE IF EXISTS \"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (sqlite ? "" : " CASCADE");
                await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
            }
            if (sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Fingerprint(BudgetDbContext db) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript())))[..16];
}
