using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Deletes everything read from a document's previous file (not the document row, which keeps the list of source
/// files). Children go first, so this does not rely on the provider enforcing cascades.
/// </summary>
internal static class DocumentFacts
{
    public static async Task DeleteAsync(BudgetDbContext db, string documentId, CancellationToken cancellationToken)
    {
        await db.PerformanceIndicators.Where(i => i.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.Projects.Where(p => p.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.DisclosedRows.Where(r => db.DisclosedTables.Any(t => t.Id == r.TableId && t.DocumentId == documentId)).ExecuteDeleteAsync(cancellationToken);
        await db.DisclosedTables.Where(t => t.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.FindingLocations.Where(l => db.Findings.Any(f => f.Id == l.FindingId && f.DocumentId == documentId)).ExecuteDeleteAsync(cancellationToken);
        await db.Findings.Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.LineRollups.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.BudgetLines.Where(l => l.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.StatedComparisons.Where(c => c.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.DocumentFacts.Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.GlossaryTerms.Where(g => g.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
        await db.PublishedSubtotals.Where(s => s.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
    }
}
