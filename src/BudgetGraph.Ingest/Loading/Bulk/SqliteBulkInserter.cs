using System.Globalization;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Ingest.Loading.Bulk;

/// <summary>SQLite: one prepared INSERT per table, its parameters rebound for every row, in EF's transaction.</summary>
internal sealed class SqliteBulkInserter(BudgetDbContext db) : BulkInserter(db)
{
    /// <summary>
    /// Keys follow the largest the table ever had: its AUTOINCREMENT counter (sqlite_sequence, which SQLite then moves
    /// past the explicit keys inserted), or its largest key, so a deleted document's keys are not handed out again, as
    /// with generated keys. That is safe because EF's SQLite transaction is BEGIN IMMEDIATE: this connection holds the
    /// write lock from the start, so no other writer can take the same values.
    /// </summary>
    public override async Task<IReadOnlyList<long>> ReserveKeysAsync(BulkTable table, int count, CancellationToken cancellationToken)
    {
        var key = table.Columns.Single(c => c.Property == table.GeneratedKey);
        await using var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"SELECT MAX(COALESCE(MAX({Quote(key.Name)}), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = $table), 0)) FROM {Quote(table.Name, table.Schema)}";
        var name = command.CreateParameter();
        name.ParameterName = "$table";
        name.Value = table.Name;
        command.Parameters.Add(name);
        var largest = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(i => largest + i)];
    }

    public override async Task InsertAsync(BulkTable table, IReadOnlyList<BulkColumn> columns, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        await using var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"INSERT INTO {Quote(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        // The type mapping creates each parameter as SaveChanges would (type, size); only the value changes per row.
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i.ToString(CultureInfo.InvariantCulture), null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
