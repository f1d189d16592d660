using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Ingest.Loading.Bulk;

/// <summary>
/// Inserts rows of one table on the connection and inside the transaction EF has open, the fastest way the provider
/// offers: binary COPY on PostgreSQL, one prepared INSERT rebound per row on SQLite.
/// </summary>
internal abstract class BulkInserter(BudgetDbContext db)
{
    protected BudgetDbContext Db { get; } = db;

    public static BulkInserter For(BudgetDbContext db) =>
        db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => new SqliteBulkInserter(db),
            "Npgsql.EntityFrameworkCore.PostgreSQL" => new PostgresBulkInserter(db),
            var other => throw new NotSupportedException($"No bulk loader for the EF provider {other}."),
        };

    /// <summary>
    /// Reserves <paramref name="count"/> values of the table's generated key, for rows whose dependents must reference
    /// them before they are written.
    /// </summary>
    public abstract Task<IReadOnlyList<long>> ReserveKeysAsync(BulkTable table, int count, CancellationToken cancellationToken);

    public abstract Task InsertAsync(BulkTable table, IReadOnlyList<BulkColumn> columns, IReadOnlyList<object> rows, CancellationToken cancellationToken);

    protected string Quote(string identifier, string? schema = null) =>
        Db.GetService<ISqlGenerationHelper>().DelimitIdentifier(identifier, schema);

    protected System.Data.Common.DbTransaction Transaction =>
        Db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("Bulk loading runs inside the document's transaction.");
}
