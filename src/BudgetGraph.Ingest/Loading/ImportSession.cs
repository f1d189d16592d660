using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Connection settings for a run of many imports (the `import` command), on a connection kept open for the run. A
/// commit need not wait for the disk: each document stays one transaction, so a killed importer still leaves every
/// document whole or absent, and the database is derived from the files, so the last commits lost to a power cut are
/// restored by running the import again (the files are idempotent by sha256). On this class of machine a synced write
/// costs milliseconds, more than writing a whole document.
/// </summary>
public static class ImportSession
{
    public static async Task ConfigureAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL: a commit appends to the log instead of syncing a rollback journal and the database file, and readers
            // (the API) keep reading while the importer writes. The mode is stored in the database file; NORMAL syncs
            // only at checkpoints, which WAL keeps consistent.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL", cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            // The server's equivalent for this session only: no wait for the WAL flush at commit, no risk of corruption.
            await db.Database.ExecuteSqlRawAsync("SET synchronous_commit = off", cancellationToken);
        }
    }

    /// <summary>
    /// Ends the run: on SQLite the log is copied into the database file and emptied, so the file alone is complete (a
    /// script may move it) even if the process exits without closing its pooled connection. On PostgreSQL the planner's
    /// statistics are brought up to date: tables just bulk-loaded have none until autovacuum comes by (a minute or more),
    /// and without them the API's statements are planned on guesses — a label lookup scanned 374 rows of the wrong index
    /// instead of seeking the primary key, and the first minute of serving ran at a third of the speed.
    /// </summary>
    public static async Task FinishAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        else if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
    }
}
