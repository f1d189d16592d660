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

    /// <summary>
    /// A run over items (<see cref="ImportItem.For"/>): a data package counts as its documents, each reported as its
    /// package path and source file name. The outcomes are in the items' order, one per document a file holds (a
    /// refused file: one, its error).
    /// </summary>
    public static async Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<ImportItem> items, DisclosureImporter importer, IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var files = items.Select(i => i.Path).ToList();
        var outcomes = new IReadOnlyList<FileOutcome>?[files.Count];
        var deferred = new List<(int Number, ReadAttempt Attempt)>();
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        if (files.Count > 0)
            progress?.Starting(1, files[0]);
        await foreach (var attempt in ReadAhead.ReadAsync(items, cancellationToken: cancellationToken))
        {
            number++;
            if (attempt.Reads.Count > 0 && attempt.Reads.All(r => r.Content.NarrativeOnly))
            {
                deferred.Add((number, attempt));
            }
            else if (attempt.Reads.Count > 0 && attempt.Reads.All(r => written.TryGetValue(r.Content.DocumentId, out var problems) && r.Content.TableProblems.Count > problems))
            {
                outcomes[number - 1] = [.. attempt.Reads.Select(r => new FileOutcome(files[number - 1], new ImportResult(r.FileName, r.Content.DocumentId, ImportOutcome.Unchanged, r.Content.Family, r.Content.Tables.Count, r.Content.Lines.Count, r.Content.Findings.Count), null))];
                Finished(progress, number, outcomes[number - 1]!);
            }
            else
            {
                outcomes[number - 1] = await ImportAsync(files[number - 1], attempt, number, importer, progress, cancellationToken);
                if (outcomes[number - 1]!.All(o => o.Result is { Outcome: not ImportOutcome.Unchanged }))
                {
                    foreach (var read in attempt.Reads)
                        written[read.Content.DocumentId] = read.Content.TableProblems.Count;
                }
            }
            if (number < files.Count)
                progress?.Starting(number + 1, files[number]);
        }

        foreach (var (deferredNumber, attempt) in deferred)
            outcomes[deferredNumber - 1] = await ImportAsync(files[deferredNumber - 1], attempt, deferredNumber, importer, progress, cancellationToken);
        return [.. outcomes.SelectMany(o => o!)];
    }

    private static async Task<IReadOnlyList<FileOutcome>> ImportAsync(string path, ReadAttempt attempt, int number, DisclosureImporter importer, IImportProgress? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<FileOutcome> outcomes;
        try
        {
            outcomes = [.. (await importer.ImportAsync(attempt, cancellationToken)).Select(result => new FileOutcome(path, result, null))];
        }
        catch (DisclosureFormatException e)
        {
            outcomes = [new FileOutcome(path, null, e)];
        }

        Finished(progress, number, outcomes);
        return outcomes;
    }

    private static void Finished(IImportProgress? progress, int number, IReadOnlyList<FileOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
            progress?.Finished(number, outcome);
    }
}
