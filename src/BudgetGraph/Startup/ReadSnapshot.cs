using System.Data;
using System.Data.Common;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BudgetGraph.Startup;

/// <summary>
/// One committed state of the database for every read of one request, so an import that commits while a request runs
/// is either wholly in its answer or not at all. Fields run serially, so one connection suffices. Two ways, by engine:
/// <list type="bullet">
/// <item>SQLite with prepared statements (the default): the resolvers get ordinary pooled contexts, and
/// <see cref="SqlitePreparedStatements"/> runs every read of the request on one of its connections, in a deferred read
/// transaction (a WAL snapshot) begun on the request's first read (<see cref="Hold"/>). The request's reads thus reuse
/// that connection's prepared statements, and no context is made per request.</item>
/// <item>PostgreSQL, or SQLite without prepared statements: a connection opened on the request's first read with a
/// read transaction (REPEATABLE READ on PostgreSQL, on connections whose transactions are read only by default) and
/// one context on it (<see cref="SnapshotDbContext"/>, taken from and given back to <see cref="SnapshotContextPool"/>)
/// that the request's resolvers and batch loaders all get.</item>
/// </list>
/// </summary>
public sealed class ReadSnapshot : IAsyncDisposable
{
    private static readonly AsyncLocal<ReadSnapshot?> _current = new();

    private readonly SnapshotContextPool _contexts;
    private readonly IDbContextFactory<BudgetDbContext> _pooled;
    private readonly SqlitePreparedStatements? _statements;
    private PreparedConnection? _held;
    private SnapshotDbContext? _owner;
    private DbTransaction? _transaction;

    /// <param name="contexts">The snapshot contexts (the API's context options: provider, serving connection string, interceptors).</param>
    /// <param name="statements">SQLite's kept prepared statements when they are used; null on PostgreSQL or when off.</param>
    /// <param name="pooled">The pooled contexts resolvers get when <paramref name="statements"/> holds the snapshot.</param>
    internal ReadSnapshot(SnapshotContextPool contexts, SqlitePreparedStatements? statements, IDbContextFactory<BudgetDbContext> pooled)
    {
        _contexts = contexts;
        _statements = statements;
        _pooled = pooled;
        _current.Value = this;
    }

    /// <summary>The snapshot of the request running on this async flow, if any (a snapshot is current from its creation).</summary>
    internal static ReadSnapshot? Current => _current.Value;

    public async Task<BudgetDbContext> CreateDbContextAsync(CancellationToken cancellationToken)
    {
        if (_statements is not null)
            return await _pooled.CreateDbContextAsync(cancellationToken);
        if (_owner is null)
            await BeginAsync(cancellationToken);
        return _owner!;
    }

    public BudgetDbContext CreateDbContext()
    {
        if (_statements is not null)
            return _pooled.CreateDbContext();
        if (_owner is null)
            BeginAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return _owner!;
    }

    /// <summary>
    /// The prepared connection the request's reads run on, its read transaction begun on the first call; null when there
    /// is no database file (the read then goes to EF's own connection and fails as a missing database should).
    /// </summary>
    internal PreparedConnection? Hold(SqlitePreparedStatements statements) => _held ??= statements.RentForSnapshot();

    public async ValueTask DisposeAsync()
    {
        if (_held is not null)
            _statements!.ReturnFromSnapshot(_held);

        // Reads only: the transaction ends without a commit to make; the context goes back for the next request.
        if (_transaction is not null)
        {
            await _owner!.Database.UseTransactionAsync(null);
            await _transaction.DisposeAsync();
        }

        if (_owner is not null)
            await _contexts.ReturnAsync(_owner);
    }

    private async ValueTask BeginAsync(CancellationToken cancellationToken)
    {
        // The connection is the context's own, opened through it, so the interceptors see it open (the SQLite file check
        // among them); the context lives as long as the snapshot, and no resolver's using block closes it.
        _owner = _contexts.Rent();
        await _owner.Database.OpenConnectionAsync(cancellationToken);
        var connection = _owner.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            // Read only by the connection's own setting (SnapshotContextFactory.ReadOnly): a SET TRANSACTION READ ONLY here
            // would cost a round trip per request, while Npgsql sends the BEGIN with the first query.
            _transaction = await npgsql.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }
        else
        {
            // Deferred: the snapshot is taken at the transaction's first read, and writers (imports) carry on under WAL.
            _transaction = ((SqliteConnection)connection).BeginTransaction(deferred: true);
        }

        await _owner.Database.UseTransactionAsync(_transaction, cancellationToken);
    }
}
