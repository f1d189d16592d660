using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>What the descriptor says about the dataset as a whole: when it last changed and the documents it holds.</summary>
public sealed record DataPackageFacts(DateTimeOffset? Created, IReadOnlyList<DataPackageSource> Sources)
{
    public static async Task<DataPackageFacts> ReadAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        // Few rows (one per document); the latest import time is taken here rather than by MAX in SQL, which SQLite
        // cannot do on DateTimeOffset.
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new { d.Title, d.FileName, d.Sha256, d.Publisher, d.ImportedAt })
            .ToListAsync(cancellationToken);
        var created = documents.Count == 0 ? (DateTimeOffset?)null : documents.Max(d => d.ImportedAt);
        return new DataPackageFacts(created, [.. documents.Select(d => new DataPackageSource(d.Title, d.FileName, d.Sha256, d.Publisher))]);
    }
}
