using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading.Bulk;
using BudgetGraph.Ingest.Parsing;
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
    public static async Task<ImportOutcome> AddAsync(BudgetDbContext db, ReadDisclosure read, byte[] archive, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
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
        await InsertAsync(db, content, findings, cancellationToken);
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
                await InsertAsync(db, content, content.Findings, cancellationToken);
        }
    }

    private static async Task InsertAsync(BudgetDbContext db, DisclosureContent content, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var facts = new BulkGraphWriter(db);
        await facts.InsertAsync(content.Comparisons, cancellationToken);
        await facts.InsertAsync(content.Facts, cancellationToken);
        await facts.InsertAsync(content.Glossary, cancellationToken);
        await facts.InsertAsync(findings, cancellationToken);
    }
}
