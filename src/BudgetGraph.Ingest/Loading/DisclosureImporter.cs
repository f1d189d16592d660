using System.Runtime.ExceptionServices;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Records;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Imports disclosure files into the database, one document per transaction — a file holding several documents (a
/// department's 汇总 and its 本级 in one PDF) writes them in one, so the file is in the database whole or not at all. A
/// file already loaded (same sha256) is left alone; a new file of a document already present (same department, year,
/// stage) replaces that document's facts and keeps the record of every file. Bad input throws a located
/// <see cref="Parsing.DisclosureFormatException"/> before anything is written. Callers create the schema first
/// (BudgetSchema.EnsureAsync).
/// </summary>
public sealed class DisclosureImporter(BudgetDbContext db)
{
    private readonly BudgetDbContext _db = db;
    private readonly StoredNames _knownNames = new();

    /// <summary>Imports a file: a result per document it holds.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var fileName = Path.GetFileName(path);
        var sha256 = DisclosureReader.Sha256Of(bytes);
        _db.ChangeTracker.Clear();
        if (await LoadedAsync(sha256, fromPackage: false, cancellationToken) is { Count: > 0 } loaded)
            return await UnchangedAsync(fileName, loaded, cancellationToken);
        return await WriteAsync(DisclosureReader.ReadAll(fileName, bytes), SourceArchive.Compress(bytes), cancellationToken);
    }

    /// <summary>
    /// Imports a file read ahead (<see cref="DisclosureReader.AttemptAsync"/>): as <see cref="ImportFileAsync"/>, so a
    /// file already loaded is unchanged even if it would now be refused, and a refused one throws its error.
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(ReadAttempt attempt, CancellationToken cancellationToken = default)
    {
        _db.ChangeTracker.Clear();
        if (await LoadedAsync(attempt.Sha256, attempt.FromPackage, cancellationToken) is { Count: > 0 } loaded)
            return await UnchangedAsync(attempt.FileName, loaded, cancellationToken);
        if (attempt.Error is not null)
            ExceptionDispatchInfo.Throw(attempt.Error);
        return await WriteAsync(attempt.Reads, attempt.Archive, cancellationToken);
    }

    /// <summary>
    /// The documents already read from this file, if any. One loaded from a data package does not count when the file
    /// itself comes: the file has what the package leaves out (the narrative), so it replaces the packaged document.
    /// </summary>
    private async Task<IReadOnlyList<string>> LoadedAsync(string sha256, bool fromPackage, CancellationToken cancellationToken) =>
        await _db.Documents.AsNoTracking().Where(d => d.Sha256 == sha256 && (fromPackage || !d.FromPackage)).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ImportResult>> WriteAsync(IReadOnlyList<ReadDisclosure> reads, byte[] archive, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>();
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var read in reads)
            {
                results.Add(await WriteAsync(read, archive, cancellationToken));
                _db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
            foreach (var read in reads)
                _knownNames.Remember(read.Content.Classification, read.Content.Year);
            return results;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportResult> WriteAsync(ReadDisclosure read, byte[] archive, CancellationToken cancellationToken)
    {
        var content = read.Content;
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
        return new ImportResult(read.FileName, content.DocumentId, outcome, content.Family, content.Tables.Count, content.Lines.Count, findings.Count);
    }

    private async Task<IReadOnlyList<ImportResult>> UnchangedAsync(string fileName, IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>();
        foreach (var documentId in documentIds)
        {
            var family = await _db.Documents.Where(d => d.Id == documentId).Select(d => d.Family).FirstAsync(cancellationToken);
            var tables = await _db.DisclosedTables.CountAsync(t => t.DocumentId == documentId, cancellationToken);
            var lines = await _db.BudgetLines.CountAsync(l => l.DocumentId == documentId, cancellationToken);
            var findings = await _db.Findings.CountAsync(f => f.DocumentId == documentId, cancellationToken);
            results.Add(new ImportResult(fileName, documentId, ImportOutcome.Unchanged, family, tables, lines, findings));
        }

        return results;
    }
}
