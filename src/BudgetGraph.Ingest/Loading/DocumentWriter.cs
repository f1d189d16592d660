using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Rollups;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading.Bulk;
using BudgetGraph.Ingest.Records;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Writes one read disclosure inside the caller's transaction: shared records (<see cref="SharedRecords"/>) and a
/// replaced document's row go through EF; a new document with its source file, the document's own facts (replaced
/// wholesale, its rollup among them: <see cref="LineRollups"/>) and new classification names are bulk-loaded
/// (<see cref="BulkGraphWriter"/>).
/// </summary>
internal sealed class DocumentWriter(BudgetDbContext db, StoredNames knownNames)
{
    private readonly BudgetDbContext _db = db;
    private readonly StoredNames _knownNames = knownNames;

    /// <param name="read">The file read and reconciled.</param>
    /// <param name="archive">The file compressed (<see cref="SourceArchive.Compress"/>), kept with its source-file record.</param>
    /// <param name="findings">The document's findings: the family's, plus the cross-document ones computed for it.</param>
    /// <param name="cancellationToken">Cancels the write; the caller's transaction is then rolled back.</param>
    public async Task<ImportOutcome> WriteAsync(ReadDisclosure read, byte[] archive, IReadOnlyList<FindingRecord> findings, CancellationToken cancellationToken)
    {
        var content = read.Content;
        var now = DateTimeOffset.UtcNow;
        var newNames = await SharedRecords.UpsertAsync(_db, content, _knownNames, cancellationToken);

        var document = await _db.Documents.FirstOrDefaultAsync(d => d.Id == content.DocumentId, cancellationToken);
        var outcome = document is null ? ImportOutcome.Created : ImportOutcome.Replaced;
        var fileKnown = false;
        if (document is null)
        {
            document = new Document
            {
                Id = content.DocumentId,
                DepartmentId = content.Departments[0].Id,
                Title = content.Title,
                Family = content.Family,
                Sha256 = read.Sha256,
                FileName = read.FileName,
            };
        }
        else
        {
            await DocumentFacts.DeleteAsync(_db, document.Id, cancellationToken);
            fileKnown = await _db.DocumentSourceFiles.AnyAsync(f => f.DocumentId == document.Id && f.Sha256 == read.Sha256, cancellationToken);
        }

        document.DepartmentId = content.Departments[0].Id;
        document.Year = content.Year;
        document.Stage = content.Stage;
        document.Title = content.Title;
        document.Family = content.Family;
        document.Sha256 = read.Sha256;
        document.FileName = read.FileName;
        document.Publisher = content.Publisher;
        document.ImportedAt = now;
        document.PrintedTotal = content.PrintedTotal;
        document.FromPackage = read.FromPackage;
        document.Partial = content.Findings.Any(f => f.Severity == Severity.Error);
        var file = fileKnown ? null : new DocumentSourceFile
        {
            DocumentId = document.Id,
            Sha256 = read.Sha256,
            FileName = read.FileName,
            ImportedAt = now,
            Content = archive,
        };

        var facts = new BulkGraphWriter(_db);
        if (outcome == ImportOutcome.Created)
        {
            // A new document and its file are rows like its facts: bulk-loaded after the shared records they reference.
            document.SourceFiles.Add(file!);
            await _db.SaveChangesAsync(cancellationToken);
            await facts.InsertAsync([document], cancellationToken);
        }
        else
        {
            if (file is not null)
                _db.DocumentSourceFiles.Add(file);
            await _db.SaveChangesAsync(cancellationToken);
        }

        var id = content.DocumentId;
        await facts.InsertAsync(newNames, cancellationToken);
        await facts.InsertAsync(content.Tables.Select(t => t.ToEntity(id)), cancellationToken);
        var lines = content.Lines.Select(l => l.ToEntity(content)).ToList();
        await facts.InsertAsync(lines, cancellationToken);
        await facts.InsertAsync(content.Projects.Select(p => p.ToEntity(content)), cancellationToken);
        await facts.InsertAsync(content.DepartmentIndicators.Select(i => i.ToEntity(id)), cancellationToken);
        await NarrativeParts.InsertAsync(facts, content, findings, cancellationToken);
        var subtotals = content.Subtotals.Select(s => s.ToEntity(id)).ToList();
        await facts.InsertAsync(subtotals, cancellationToken);
        // The breakdown rules that depend on this document alone, applied once (LineRollups).
        await facts.InsertAsync(LineRollups.Of(lines, subtotals), cancellationToken);
        return outcome;
    }
}
