using System.Runtime.ExceptionServices;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Records;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Imports disclosure files into the database, one document per transaction. A file already loaded (same sha256) is
/// left alone; a new file of a document already present (same department, year, stage) replaces that document's facts
/// and keeps the record of every file. Bad input throws a located <see cref="Parsing.DisclosureFormatException"/>
/// before anything is written. Callers create the schema first (BudgetSchema.EnsureAsync).
/// </summary>
public sealed class DisclosureImporter(BudgetDbContext db)
{
    private readonly BudgetDbContext _db = db;
    private readonly StoredNames _knownNames = new();

    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var fileName = Path.GetFileName(path);
        var sha256 = DisclosureReader.Sha256Of(bytes);
        _db.ChangeTracker.Clear();
        if (await LoadedAsync(sha256, fromPackage: false, cancellationToken) is { } loaded)
            return await UnchangedAsync(fileName, loaded, cancellationToken);
        return await WriteAsync(DisclosureReader.Read(fileName, bytes), SourceArchive.Compress(bytes), cancellationToken);
    }

    /// <summary>
    /// Imports a file read ahead (<see cref="DisclosureReader.AttemptAsync"/>): as <see cref="ImportFileAsync"/>, so a
    /// file already loaded is unchanged even if it would now be refused, and a refused one throws its error.
    /// </summary>
    public async Task<ImportResult> ImportAsync(ReadAttempt attempt, CancellationToken cancellationToken = default)
    {
        _db.ChangeTracker.Clear();
        if (await LoadedAsync(attempt.Sha256, attempt.Read?.FromPackage == true, cancellationToken) is { } loaded)
            return await UnchangedAsync(attempt.FileName, loaded, cancellationToken);
        if (attempt.Error is not null)
            ExceptionDispatchInfo.Throw(attempt.Error);
        return await WriteAsync(attempt.Read!, attempt.Archive, cancellationToken);
    }

    /// <summary>
    /// The document already read from this file, if any. One loaded from a data package does not count when the file
    /// itself comes: the file has what the package leaves out (the narrative), so it replaces the packaged document.
    /// </summary>
    private Task<string?> LoadedAsync(string sha256, bool fromPackage, CancellationToken cancellationToken) =>
        _db.Documents.AsNoTracking().Where(d => d.Sha256 == sha256 && (fromPackage || !d.FromPackage)).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<ImportResult> WriteAsync(ReadDisclosure read, byte[] archive, CancellationToken cancellationToken)
    {
        var content = read.Content;
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            IReadOnlyList<FindingRecord> findings = [.. content.Findings, .. await StatedChangeCheck.CheckContentAsync(_db, content, cancellationToken)];
            ImportOutcome outcome;
            if (content.NarrativeOnly)
            {
                outcome = await NarrativeParts.AddAsync(_db, read, archive, findings, cancellationToken);
            }
            else
            {
                outcome = await new DocumentWriter(_db, _knownNames).WriteAsync(read, archive, findings, cancellationToken);
                if (outcome == ImportOutcome.Replaced && content.NarrativeIsAnotherFile)
                    await NarrativeParts.RestoreAsync(_db, content.DocumentId, read.Sha256, cancellationToken);
            }

            await StatedChangeCheck.RecheckClaimantsAsync(_db, content, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _knownNames.Remember(content.Classification, content.Year);
            return new ImportResult(read.FileName, content.DocumentId, outcome, content.Family, content.Tables.Count, content.Lines.Count, findings.Count);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportResult> UnchangedAsync(string fileName, string documentId, CancellationToken cancellationToken)
    {
        var family = await _db.Documents.Where(d => d.Id == documentId).Select(d => d.Family).FirstAsync(cancellationToken);
        var tables = await _db.DisclosedTables.CountAsync(t => t.DocumentId == documentId, cancellationToken);
        var lines = await _db.BudgetLines.CountAsync(l => l.DocumentId == documentId, cancellationToken);
        var findings = await _db.Findings.CountAsync(f => f.DocumentId == documentId, cancellationToken);
        return new ImportResult(fileName, documentId, ImportOutcome.Unchanged, family, tables, lines, findings);
    }
}
