using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Importer.Loading;

/// <summary>
/// Imports disclosure files into the database, one document per transaction. A file already loaded (same sha256) is
/// left alone; a new file of a document already present (same department, year, stage) replaces that document's facts
/// and keeps the record of every file. Bad input throws a located <see cref="Parsing.DisclosureFormatException"/>
/// before anything is written. Callers create the schema first (BudgetSchema.EnsureAsync).
/// </summary>
public sealed class DisclosureImporter(BudgetDbContext db)
{
    private readonly BudgetDbContext _db = db;

    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var fileName = Path.GetFileName(path);
        var sha256 = DisclosureReader.Sha256Of(bytes);
        _db.ChangeTracker.Clear();

        var loaded = await _db.Documents.AsNoTracking().Where(d => d.Sha256 == sha256).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (loaded is not null)
            return await ResultAsync(fileName, loaded, ImportOutcome.Unchanged, cancellationToken);

        var read = DisclosureReader.Read(fileName, bytes);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await new DocumentWriter(_db).WriteAsync(read, cancellationToken);
            await StatedChangeCheck.RunAsync(_db, read.Content.DocumentId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return await ResultAsync(fileName, read.Content.DocumentId, outcome, cancellationToken);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportResult> ResultAsync(string fileName, string documentId, ImportOutcome outcome, CancellationToken cancellationToken)
    {
        var family = await _db.Documents.Where(d => d.Id == documentId).Select(d => d.Family).FirstAsync(cancellationToken);
        var tables = await _db.DisclosedTables.CountAsync(t => t.DocumentId == documentId, cancellationToken);
        var lines = await _db.BudgetLines.CountAsync(l => l.DocumentId == documentId, cancellationToken);
        var findings = await _db.Findings.CountAsync(f => f.DocumentId == documentId, cancellationToken);
        return new ImportResult(fileName, documentId, outcome, family, tables, lines, findings);
    }
}
