using System.Data;
using System.Data.Common;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BudgetGraph.Startup;

/// <summary>
/// One committed state of the database for every read of one request: a connection opened on the request's first read
/// with a read transaction (a WAL snapshot on SQLite, REPEATABLE READ READ ONLY on PostgreSQL) and one context
/// (<see cref="SnapshotDbContext"/>) that the request's resolvers and batch loaders all get (<see cref="SnapshotContextFactory"/>), so an import that commits
/// while a request runs is either wholly in its answer or not at all. Fields run serially, so one connection suffices.
/// </summary>
public sealed class ReadSnapshot(bool onPostgres, string connectionString, IReadOnlyList<IInterceptor> interceptors) : IAsyncDisposable
{
    private DbConnection? _connection;
    private SnapshotDbContext? _owner;
    private DbTransaction? _transaction;
    private DbContextOptions<BudgetDbContext>? _options;

    public async Task<BudgetDbContext> CreateDbContextAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
            await BeginAsync(cancellationToken);
        return Attach();
    }

    public BudgetDbContext CreateDbContext()
    {
        if (_connection is null)
            BeginAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return Attach();
    }

    public async ValueTask DisposeAsync()
    {
        // Reads only: the transaction ends without a commit to make.
        if (_transaction is not null)
            await _transaction.DisposeAsync();
        if (_owner is not null)
            await _owner.CloseAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    private SnapshotDbContext Attach() => _owner!;

    private async ValueTask BeginAsync(CancellationToken cancellationToken)
    {
        _connection = onPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        var builder = new DbContextOptionsBuilder<BudgetDbContext>();
        if (onPostgres)
            builder.UseNpgsql(_connection);
        else
            builder.UseSqlite(_connection);
        _options = builder.AddInterceptors(interceptors).Options;

        // The connection is opened through a context that lives as long as the snapshot, so the interceptors see it open
        // (the SQLite file check among them) and no context a resolver disposes closes it.
        _owner = new SnapshotDbContext(_options);
        await _owner.Database.OpenConnectionAsync(cancellationToken);
        if (_connection is NpgsqlConnection npgsql)
        {
            _transaction = await npgsql.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", npgsql, (NpgsqlTransaction)_transaction);
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            // Deferred: the snapshot is taken at the transaction's first read, and writers (imports) carry on under WAL.
            _transaction = ((SqliteConnection)_connection).BeginTransaction(deferred: true);
        }

        await _owner.Database.UseTransactionAsync(_transaction, cancellationToken);
    }
}
