using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Infrastructure;

/// <summary>
/// What each stored document holds, as one comparable string per document id: lines and their total, tables and their
/// rows, findings and their locations, projects, indicators, comparisons, facts and source files. Two databases that
/// imported the same file agree on its fingerprint; a document written in part does not.
/// </summary>
public static class DocumentFingerprints
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(BudgetDbContext db)
    {
        var lines = await db.BudgetLines.GroupBy(l => l.DocumentId).Select(g => new { g.Key, Count = g.Count(), Total = g.Sum(l => l.Amount) })
            .ToDictionaryAsync(g => g.Key, g => $"{g.Count} lines = {g.Total}");
        var tables = await CountAsync(db.DisclosedTables.Select(t => t.DocumentId));
        var rows = await CountAsync(db.DisclosedRows.Join(db.DisclosedTables, r => r.TableId, t => t.Id, (r, t) => t.DocumentId));
        var findings = await CountAsync(db.Findings.Select(f => f.DocumentId));
        var locations = await CountAsync(db.FindingLocations.Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f.DocumentId));
        var projects = await CountAsync(db.Projects.Select(p => p.DocumentId));
        var indicators = await CountAsync(db.PerformanceIndicators.Select(i => i.DocumentId));
        var comparisons = await CountAsync(db.StatedComparisons.Select(c => c.DocumentId));
        var facts = await CountAsync(db.DocumentFacts.Select(f => f.DocumentId));
        var files = await CountAsync(db.DocumentSourceFiles.Select(f => f.DocumentId));
        var documents = await db.Documents.Select(d => d.Id).ToListAsync();
        return documents.ToDictionary(
            id => id,
            id => $"{lines.GetValueOrDefault(id, "0 lines")}, {tables.GetValueOrDefault(id)} tables, {rows.GetValueOrDefault(id)} rows, "
                + $"{findings.GetValueOrDefault(id)} findings, {locations.GetValueOrDefault(id)} locations, {projects.GetValueOrDefault(id)} projects, "
                + $"{indicators.GetValueOrDefault(id)} indicators, {comparisons.GetValueOrDefault(id)} comparisons, {facts.GetValueOrDefault(id)} facts, "
                + $"{files.GetValueOrDefault(id)} files",
            StringComparer.Ordinal);
    }

    /// <summary>Rows that belong to no stored document (what a torn write would leave behind).</summary>
    public static async Task<int> OrphansAsync(BudgetDbContext db) =>
        await db.BudgetLines.CountAsync(l => !db.Documents.Any(d => d.Id == l.DocumentId))
        + await db.DisclosedTables.CountAsync(t => !db.Documents.Any(d => d.Id == t.DocumentId))
        + await db.DisclosedRows.CountAsync(r => !db.DisclosedTables.Any(t => t.Id == r.TableId))
        + await db.Findings.CountAsync(f => !db.Documents.Any(d => d.Id == f.DocumentId))
        + await db.Projects.CountAsync(p => !db.Documents.Any(d => d.Id == p.DocumentId))
        + await db.DocumentSourceFiles.CountAsync(f => !db.Documents.Any(d => d.Id == f.DocumentId));

    private static Task<Dictionary<string, int>> CountAsync(IQueryable<string> documentIds) =>
        documentIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
}
