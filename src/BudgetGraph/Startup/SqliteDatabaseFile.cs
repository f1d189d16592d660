using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Startup;

/// <summary>
/// Notices when the API's SQLite file is replaced or deleted under it (`mv budget.db old.db &amp;&amp; cp old.db budget.db`,
/// or `rm budget.db`). An open SQLite connection reads the file it opened, by inode, whatever now has its name, and
/// Microsoft.Data.Sqlite keeps closed connections open in its pool, so without this the API would serve a deleted
/// file until it restarts. As a context's connection opens, at most once per <see cref="CheckInterval"/>, the file's
/// creation time is compared with the last one seen (one stat call); when it changed or the file is gone, the pool of
/// the API's connection string is cleared, so the next connections open whatever file has the name now. The API opens
/// the file with Mode=ReadWrite (<see cref="ForServing"/>), so while it is missing a query fails to open the database
/// (503 DATABASE_UNAVAILABLE, and /readyz 503) instead of creating an empty one, and serves again once it is back.
/// PostgreSQL and in-memory databases pass through.
/// </summary>
/// <param name="connectionString">The API's SQLite connection string (any, on PostgreSQL: <paramref name="enabled"/> is false).</param>
/// <param name="enabled">True on SQLite.</param>
internal sealed class SqliteDatabaseFile(string connectionString, bool enabled) : DbConnectionInterceptor
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>Creation time ticks for "not looked yet"; 0 stands for "no file".</summary>
    private const long Unknown = -1;

    /// <summary>What File.GetCreationTimeUtc answers for a path with no file (FILETIME zero).</summary>
    private static readonly long _noFile = DateTime.FromFileTimeUtc(0).Ticks;

    private readonly string? _file = enabled ? PathOf(connectionString) : null;
    private long _created = Unknown;
    private long _nextCheck;

    /// <summary>The database file of a SQLite connection string, or null for an in-memory database.</summary>
    public static string? PathOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>
    /// The connection string the API reads with: the default mode (create the file when missing) becomes ReadWrite,
    /// so a query never creates an empty database where one was deleted. The first start creates the file with the
    /// configured string (<see cref="DatabaseInitializer"/>).
    /// </summary>
    public static string ForServing(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.ReadWriteCreate || PathOf(connectionString) is null)
            return connectionString;
        builder.Mode = SqliteOpenMode.ReadWrite;
        return builder.ToString();
    }

    /// <summary>The file's creation time in ticks, 0 when there is no file.</summary>
    public static long CreationTicks(string file)
    {
        var ticks = File.GetCreationTimeUtc(file).Ticks;
        return ticks == _noFile ? 0 : ticks;
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check(connection);
        return ValueTask.FromResult(result);
    }

    private void Check(DbConnection connection)
    {
        if (_file is null || connection is not SqliteConnection sqlite)
            return;
        // One request per interval looks; the others go on with the connections of the last look.
        var now = Stopwatch.GetTimestamp();
        var next = Interlocked.Read(ref _nextCheck);
        if (now < next || Interlocked.CompareExchange(ref _nextCheck, now + (long)(CheckInterval.TotalSeconds * Stopwatch.Frequency), next) != next)
            return;

        var created = CreationTicks(_file);
        var before = Interlocked.Exchange(ref _created, created);
        if (before != Unknown && before != created)
            SqliteConnection.ClearPool(sqlite);
    }
}
