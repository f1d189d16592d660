using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Startup;

/// <summary>
/// Runs the API's SQLite queries on statements prepared once and reused. EF Core gives every query a new command and
/// Microsoft.Data.Sqlite prepares it again each time: for the breakdown/compare statement (a dozen joins and
/// correlated subqueries) preparing costs about 0.12 ms and running it 0.03 ms. This interceptor keeps a few open
/// connections, each with its prepared commands by SQL text, and answers a query EF is about to send with the reader
/// of the matching prepared command (bound to EF's parameter values); the connection goes back when EF disposes the
/// reader. Only plain reads outside a transaction are taken (the API writes nothing; the first-start import's reads
/// inside its transactions keep EF's own connection), so every read sees committed data as a fresh statement would:
/// a reset statement holds no snapshot, and SQLite re-prepares a statement itself when the schema changes. Every
/// query checks the database file's creation time (one stat call): when the file is gone or was replaced (deleted
/// and created again, as EF's EnsureDeleted does after clearing Microsoft.Data.Sqlite's own pool, or moved away and
/// copied back by a script), the kept connections are closed, so they never read a deleted file.
/// </summary>
/// <param name="connectionString">The API's SQLite connection string.</param>
/// <param name="enabled">False on PostgreSQL and with Database:PreparedStatements=false: every command passes through.</param>
internal sealed class SqlitePreparedStatements(string connectionString, bool enabled) : DbCommandInterceptor, IDisposable
{
    /// <summary>Statements kept per connection; the API sends a few dozen distinct texts, user filters add more.</summary>
    private const int StatementsPerConnection = 256;

    private readonly string? _file = enabled ? SqliteDatabaseFile.PathOf(connectionString) : null;

    /// <summary>
    /// Outside Microsoft.Data.Sqlite's pool: these connections are a pool of their own, and one closed because its
    /// file was replaced must really close, not wait in the other pool to be opened again on the deleted file.
    /// </summary>
    private readonly string _unpooled = enabled ? new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString() : connectionString;
    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private readonly ConditionalWeakTable<DbDataReader, PreparedConnection> _rented = [];
    private bool _disposed;

    /// <summary>The creation time (ticks) of the file the idle connections have open; 0 for no file. A long, so
    /// requests on other threads read and write it whole.</summary>
    private long _created;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        IsCacheable(command, result) ? InterceptionResult<DbDataReader>.SuppressWithResult(Execute(command)) : result;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        IsCacheable(command, result) ? InterceptionResult<DbDataReader>.SuppressWithResult(await ExecuteAsync(command, cancellationToken)) : result;

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Return(eventData.DataReader);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Return(eventData.DataReader);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Return(eventData.DataReader);
        return result;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
            connection.Dispose();
    }

    private bool IsCacheable(DbCommand command, InterceptionResult<DbDataReader> result)
    {
        if (!enabled || _file is null || result.HasResult || command is not SqliteCommand { Transaction: null } || !IsRead(command.CommandText))
            return false;
        var created = SqliteDatabaseFile.CreationTicks(_file);
        if (Interlocked.Exchange(ref _created, created) != created)
        {
            while (_idle.TryTake(out var stale))
                stale.Dispose();
        }

        return created != 0;
    }

    /// <summary>A SELECT (or WITH … SELECT): EF's writes come as INSERT/UPDATE/DELETE … RETURNING, inside transactions.</summary>
    private static bool IsRead(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) && !sql.Contains("INSERT", StringComparison.OrdinalIgnoreCase)
                && !sql.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) && !sql.Contains("DELETE", StringComparison.OrdinalIgnoreCase));
    }

    private SqliteDataReader Execute(DbCommand command)
    {
        var connection = Rent();
        try
        {
            return Track(connection.Bind(command).ExecuteReader(), connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private async Task<SqliteDataReader> ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var connection = Rent();
        try
        {
            return Track(await connection.Bind(command).ExecuteReaderAsync(cancellationToken), connection);
        }
        catch
        {
            // A failed statement may leave its connection in any state: drop it rather than pool it.
            connection.Dispose();
            throw;
        }
    }

    private SqliteDataReader Track(SqliteDataReader reader, PreparedConnection connection)
    {
        _rented.Add(reader, connection);
        return reader;
    }

    private PreparedConnection Rent() =>
        _idle.TryTake(out var connection) ? connection : new PreparedConnection(_unpooled, StatementsPerConnection, Volatile.Read(ref _created));

    /// <summary>Called for both Closing and Disposing: the first returns the connection, the second finds nothing.</summary>
    private void Return(DbDataReader reader)
    {
        if (!_rented.TryGetValue(reader, out var connection) || !_rented.Remove(reader))
            return;
        reader.Dispose();
        if (_disposed || connection.FileCreated != Volatile.Read(ref _created))
            connection.Dispose();
        else
            _idle.Add(connection);
    }
}
