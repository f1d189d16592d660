using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// The one import run (the `import` command, the API's first start, a schema upgrade): files in order, each telling a
/// progress display as it starts and ends. The next files are parsed on other cores while the current one is written
/// (<see cref="ReadAhead"/>); each document is its own transaction, and a file that does not parse is recorded as failed
/// and the run goes on. A file holding only the narrative of a document whose tables are another file (Beijing's
/// 附件1) is written after every other file of the run, so the document it completes is there whatever the order.
/// Two files of one run may be one document (a PDF and its text export): a later reading with more unreadable or
/// missing tables than the one this run wrote does not replace it (the file's outcome is unchanged), so the more
/// complete reading stands whatever the order.
/// </summary>
public static class ImportRun
{
    public static Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<string> paths, DisclosureImporter importer, IImportProgress? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(ImportItem.For(paths), importer, progress, cancellationToken);

    /// <summary>A run over items (<see cref="ImportItem.For"/>): a data package counts as its documents, each reported as its package path and source file name.</summary>
    public static async Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<ImportItem> items, DisclosureImporter importer, IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var files = items.Select(i => i.Path).ToList();
        var outcomes = new FileOutcome?[files.Count];
        var deferred = new List<(int Number, ReadAttempt Attempt)>();
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        if (files.Count > 0)
            progress?.Starting(1, files[0]);
        await foreach (var attempt in ReadAhead.ReadAsync(items, cancellationToken: cancellationToken))
        {
            number++;
            if (attempt.Read?.Content.NarrativeOnly == true)
            {
                deferred.Add((number, attempt));
            }
            else if (attempt.Read?.Content is { } content && written.TryGetValue(content.DocumentId, out var problems) && content.TableProblems.Count > problems)
            {
                outcomes[number - 1] = new FileOutcome(files[number - 1], new ImportResult(attempt.Read.FileName, content.DocumentId, ImportOutcome.Unchanged, content.Family, content.Tables.Count, content.Lines.Count, content.Findings.Count), null);
                progress?.Finished(number, outcomes[number - 1]!);
            }
            else
            {
                outcomes[number - 1] = await ImportAsync(files[number - 1], attempt, number, importer, progress, cancellationToken);
                if (outcomes[number - 1]!.Result is { Outcome: not ImportOutcome.Unchanged } && attempt.Read?.Content is { } read)
                    written[read.DocumentId] = read.TableProblems.Count;
            }
            if (number < files.Count)
                progress?.Starting(number + 1, files[number]);
        }

        foreach (var (deferredNumber, attempt) in deferred)
            outcomes[deferredNumber - 1] = await ImportAsync(files[deferredNumber - 1], attempt, deferredNumber, importer, progress, cancellationToken);
        return outcomes.Select(o => o!).ToList();
    }

    private static async Task<FileOutcome> ImportAsync(string path, ReadAttempt attempt, int number, DisclosureImporter importer, IImportProgress? progress, CancellationToken cancellationToken)
    {
        FileOutcome outcome;
        try
        {
            outcome = new FileOutcome(path, await importer.ImportAsync(attempt, cancellationToken), null);
        }
        catch (DisclosureFormatException e)
        {
            outcome = new FileOutcome(path, null, e);
        }

        progress?.Finished(number, outcome);
        return outcome;
    }
}
