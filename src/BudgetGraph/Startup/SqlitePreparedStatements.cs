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
/// of the matching prepared command (bound to EF's parameter values). Within a request, every read runs on the one
/// connection its <see cref="ReadSnapshot"/> holds, inside that request's read transaction (so the answer is one
/// committed state); a read outside any request (start-up, health probes) rents a connection until EF disposes its
/// reader. Only plain reads that EF sends outside a transaction are taken (the API writes nothing; the first-start
/// import's reads inside its transactions keep EF's own connection). SQLite re-prepares a statement itself when the
/// schema changes. Each rent checks the database file's creation time (one stat call): when the file is gone or was
/// replaced (deleted and created again, as EF's EnsureDeleted does after clearing Microsoft.Data.Sqlite's own pool, or
/// moved away and copied back by a script), the kept connections are closed, so they never read a deleted file. (EF's
/// own connections cannot hold the statements: EF registers its SQL functions on a connection given to a new context,
/// and SQLite forgets every prepared statement of a connection when a function is registered.)
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
    private long _statementsPrepared;

    /// <summary>The statements prepared so far, over all connections (a statement prepared again after a connection
    /// was closed counts again).</summary>
    public long StatementsPrepared => Interlocked.Read(ref _statementsPrepared);

    /// <summary>Whether statements are reused at all (SQLite, a database file, Database:PreparedStatements not false).</summary>
    public bool Enabled => enabled && _file is not null;

    /// <summary>The creation time (ticks) of the file the idle connections have open; 0 for no file. A long, so
    /// requests on other threads read and write it whole.</summary>
    private long _created;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        IsCacheable(command, result) && ConnectionFor(out var owned) is { } connection
            ? InterceptionResult<DbDataReader>.SuppressWithResult(Execute(command, connection, owned))
            : result;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        IsCacheable(command, result) && ConnectionFor(out var owned) is { } connection
            ? InterceptionResult<DbDataReader>.SuppressWithResult(await ExecuteAsync(command, connection, owned, cancellationToken))
            : result;

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

    /// <summary>A connection for a request's read snapshot, its read transaction begun; null when there is no file.</summary>
    public PreparedConnection? RentForSnapshot() => FileIsCurrent() ? Rent().BeginSnapshot() : null;

    /// <summary>Takes back a snapshot's connection at the end of its request, its transaction ended.</summary>
    public void ReturnFromSnapshot(PreparedConnection connection)
    {
        try
        {
            connection.EndSnapshot();
        }
        catch (SqliteException)
        {
            connection.Failed = true;
        }

        Keep(connection);
    }

    private bool IsCacheable(DbCommand command, InterceptionResult<DbDataReader> result) =>
        Enabled && !result.HasResult && command is SqliteCommand { Transaction: null } && IsRead(command.CommandText);

    /// <summary>
    /// The connection a read runs on: the request snapshot's (owned by the snapshot), else one rented for this reader
    /// (owned here); null when there is no file, so EF's own connection fails as a missing database should.
    /// </summary>
    private PreparedConnection? ConnectionFor(out bool owned)
    {
        var snapshot = ReadSnapshot.Current;
        owned = snapshot is null;
        return snapshot is not null ? snapshot.Hold(this) : FileIsCurrent() ? Rent() : null;
    }

    /// <summary>Whether the file is there; when it was replaced since the last look, the idle connections are closed.</summary>
    private bool FileIsCurrent()
    {
        var created = SqliteDatabaseFile.CreationTicks(_file!);
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

    private SqliteDataReader Execute(DbCommand command, PreparedConnection connection, bool owned)
    {
        try
        {
            return Track(Bind(command, connection).ExecuteReader(), connection, owned);
        }
        catch
        {
            Drop(connection, owned);
            throw;
        }
    }

    private async Task<SqliteDataReader> ExecuteAsync(DbCommand command, PreparedConnection connection, bool owned, CancellationToken cancellationToken)
    {
        try
        {
            return Track(await Bind(command, connection).ExecuteReaderAsync(cancellationToken), connection, owned);
        }
        catch
        {
            Drop(connection, owned);
            throw;
        }
    }

    private SqliteCommand Bind(DbCommand command, PreparedConnection connection)
    {
        var prepared = connection.Bind(command, out var created);
        if (created)
            Interlocked.Increment(ref _statementsPrepared);
        return prepared;
    }

    /// <summary>A failed statement may leave its connection in any state: closed rather than kept (a snapshot's as its request ends).</summary>
    private static void Drop(PreparedConnection connection, bool owned)
    {
        if (owned)
            connection.Dispose();
        else
            connection.Failed = true;
    }

    /// <summary>A reader on a connection rented for it gives the connection back when EF closes it.</summary>
    private SqliteDataReader Track(SqliteDataReader reader, PreparedConnection connection, bool owned)
    {
        if (owned)
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
        Keep(connection);
    }

    private void Keep(PreparedConnection connection)
    {
        if (_disposed || connection.Failed || connection.FileCreated != Volatile.Read(ref _created))
            connection.Dispose();
        else
            _idle.Add(connection);
    }
}
