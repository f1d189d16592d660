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
/// with a read transaction (a WAL snapshot on SQLite, REPEATABLE READ READ ONLY on PostgreSQL), shared by every context
/// the request's resolvers and batch loaders open (<see cref="SnapshotContextFactory"/>), so an import that commits
/// while a request runs is either wholly in its answer or not at all. Fields run serially, so one connection suffices.
/// </summary>
public sealed class ReadSnapshot(string provider, string connectionString, IReadOnlyList<IInterceptor> interceptors) : IAsyncDisposable
{
    private DbConnection? _connection;
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
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    private BudgetDbContext Attach()
    {
        var db = new BudgetDbContext(_options!);
        db.Database.UseTransaction(_transaction);
        return db;
    }

    private async ValueTask BeginAsync(CancellationToken cancellationToken)
    {
        var builder = new DbContextOptionsBuilder<BudgetDbContext>();
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = new NpgsqlConnection(connectionString);
            _connection = connection;
            await connection.OpenAsync(cancellationToken);
            _transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, (NpgsqlTransaction)_transaction))
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            builder.UseNpgsql(connection);
        }
        else
        {
            var connection = new SqliteConnection(connectionString);
            _connection = connection;
            await connection.OpenAsync(cancellationToken);
            // Deferred: the snapshot is taken at the transaction's first read, and writers (imports) carry on under WAL.
            _transaction = connection.BeginTransaction(deferred: true);
            builder.UseSqlite(connection);
        }

        _options = builder.AddInterceptors(interceptors).Options;
    }
}
