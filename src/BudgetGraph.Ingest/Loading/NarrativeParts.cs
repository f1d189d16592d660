using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading.Bulk;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Files that hold only a document's narrative (<see cref="DisclosureContent.NarrativeOnly"/>: Beijing's 附件1 情况说明
/// beside its 附件2 报表). Such a file adds its records (stated comparisons, facts, glossary, their findings) and itself as
/// a source file to the document its tables made; without that document it is refused. When the tables' file is
/// imported again, replacing the document's records, the narrative files it keeps are read again from their stored copy.
/// </summary>
internal static class NarrativeParts
{
    public static async Task<ImportOutcome> AddAsync(BudgetDbContext db, ReadDisclosure read, byte[] archive, IReadOnlyList<FindingRecord> findings, CancellationToken cancellationToken)
    {
        var content = read.Content;
        if (!await db.Documents.AnyAsync(d => d.Id == content.DocumentId, cancellationToken))
        {
            throw new DisclosureFormatException(
                $"the file holds only the narrative (情况说明) of {content.Title}, whose tables are another file (附件2 报表), and that document is not in the database: import its tables first, or both files in one run",
                read.FileName);
        }

        if (await db.DocumentSourceFiles.AnyAsync(f => f.DocumentId == content.DocumentId && f.Sha256 == read.Sha256, cancellationToken))
            return ImportOutcome.Unchanged;
        db.DocumentSourceFiles.Add(new DocumentSourceFile { DocumentId = content.DocumentId, Sha256 = read.Sha256, FileName = read.FileName, ImportedAt = DateTimeOffset.UtcNow, Content = archive });
        await db.SaveChangesAsync(cancellationToken);
        await InsertAsync(new BulkGraphWriter(db), content, findings, cancellationToken);
        return ImportOutcome.Replaced;
    }

    /// <summary>After the document's tables were written again: the narrative files among its stored source files, read again.</summary>
    public static async Task RestoreAsync(BudgetDbContext db, string documentId, string tablesSha256, CancellationToken cancellationToken)
    {
        var stored = await db.DocumentSourceFiles.AsNoTracking()
            .Where(f => f.DocumentId == documentId && f.Sha256 != tablesSha256 && f.Content != null)
            .Select(f => new { f.FileName, f.Content }).ToListAsync(cancellationToken);
        foreach (var file in stored)
        {
            DisclosureContent content;
            try
            {
                content = DisclosureReader.Read(file.FileName, SourceArchive.Decompress(file.Content!)).Content;
            }
            catch (DisclosureFormatException)
            {
                continue;
            }

            if (content.NarrativeOnly && content.DocumentId == documentId)
                await InsertAsync(new BulkGraphWriter(db), content, content.Findings, cancellationToken);
        }
    }

    /// <summary>The narrative's records (comparisons, facts, glossary) and the file's findings, for a document or a part of one.</summary>
    public static async Task InsertAsync(BulkGraphWriter facts, DisclosureContent content, IReadOnlyList<FindingRecord> findings, CancellationToken cancellationToken)
    {
        var id = content.DocumentId;
        await facts.InsertAsync(content.Comparisons.Select(c => c.ToEntity(id)), cancellationToken);
        await facts.InsertAsync(content.Facts.Select(f => f.ToEntity(id)), cancellationToken);
        await facts.InsertAsync(content.Glossary.Select(g => g.ToEntity(id)), cancellationToken);
        await facts.InsertAsync(findings.Select(f => f.ToEntity(id)), cancellationToken);
    }
}
