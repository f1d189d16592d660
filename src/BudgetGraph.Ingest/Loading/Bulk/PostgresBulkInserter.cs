using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BudgetGraph.Ingest.Loading.Bulk;

/// <summary>PostgreSQL: binary COPY into each table, on EF's connection and so inside its transaction.</summary>
internal sealed class PostgresBulkInserter(BudgetDbContext db) : BulkInserter(db)
{
    /// <summary>
    /// Keys come from the identity column's own sequence, as a database-generated key would: concurrent importers
    /// never get the same value, and rows EF inserts later (a cross-year finding) continue after them.
    /// </summary>
    public override async Task<IReadOnlyList<long>> ReserveKeysAsync(BulkTable table, int count, CancellationToken cancellationToken)
    {
        var key = table.Columns.Single(c => c.Property == table.GeneratedKey);
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)", Connection);
        command.Parameters.AddWithValue("table", Quote(table.Name, table.Schema));
        command.Parameters.AddWithValue("column", key.Name);
        command.Parameters.AddWithValue("count", count);
        var keys = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            keys.Add(reader.GetInt64(0));
        return keys;
    }

    public override async Task InsertAsync(BulkTable table, IReadOnlyList<BulkColumn> columns, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY {Quote(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        // Binary COPY needs each value's PostgreSQL type: the mapping's store type without facets ("character varying").
        var types = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        await using var importer = await Connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].ProviderValue(row) is { } value)
                    await importer.WriteAsync(value, types[i], cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();
}
