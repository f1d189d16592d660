using BudgetGraph.Data;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// Writes one resource as CSV: its field names as the header, then its rows. No byte order mark: these files are for
/// Frictionless tools and scripts, which read UTF-8 as declared (the query exports carry one for Excel).
/// </summary>
public static class ResourceCsv
{
    /// <summary>Writes the file and returns its number of data rows (the header not counted).</summary>
    public static async Task<long> WriteAsync(TableResource resource, BudgetDbContext db, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(stream);
        await csv.WriteRowAsync(resource.Fields.Select(field => field.Name), cancellationToken);
        await foreach (var row in resource.RowsAsync(db, cancellationToken))
            await csv.WriteRowAsync(row, cancellationToken);
        await csv.FlushAsync(cancellationToken);
        return csv.Rows - 1;
    }
}
