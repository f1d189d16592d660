using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Bench;

/// <summary>
/// The baseline: the same rows into the same schema with nothing but ADO.NET — one prepared INSERT per table, its
/// parameters rebound per row, all in one transaction, values computed before the clock starts. On the database the
/// importer just filled, after deleting its fact rows (so documents, departments and classification names that the
/// rows reference are there, and foreign keys are checked as for the importer).
/// </summary>
internal static class RawInsertLoop
{
    public static async Task<TimeSpan> RunAsync(BudgetDbContext db, FactRows rows, bool linesOnly)
    {
        await DeleteFactsAsync(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var quote = db.GetService<ISqlGenerationHelper>();
        var clock = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var (table, columns, values) in rows.Tables.Where(t => !linesOnly || t.Table.Name == "BudgetLines"))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var names = columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            command.CommandText = $"INSERT INTO {quote.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => quote.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", names)})";
            var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, names[i], null, c.Property.IsNullable)).ToArray();
            command.Parameters.AddRange(parameters);
            await command.PrepareAsync();
            foreach (var row in values)
            {
                for (var i = 0; i < row.Length; i++)
                    parameters[i].Value = row[i] ?? DBNull.Value;
                await command.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        clock.Stop();
        await db.Database.CloseConnectionAsync();
        return clock.Elapsed;
    }

    private static async Task DeleteFactsAsync(BudgetDbContext db)
    {
        await db.PerformanceIndicators.ExecuteDeleteAsync();
        await db.Projects.ExecuteDeleteAsync();
        await db.DisclosedRows.ExecuteDeleteAsync();
        await db.DisclosedTables.ExecuteDeleteAsync();
        await db.FindingLocations.ExecuteDeleteAsync();
        await db.Findings.ExecuteDeleteAsync();
        await db.BudgetLines.ExecuteDeleteAsync();
        await db.StatedComparisons.ExecuteDeleteAsync();
        await db.DocumentFacts.ExecuteDeleteAsync();
        await db.GlossaryTerms.ExecuteDeleteAsync();
        await db.PublishedSubtotals.ExecuteDeleteAsync();
    }
}
