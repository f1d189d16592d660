using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Imports files in order, telling a progress display about each. The next files are parsed on other cores while the
/// current one is written (<see cref="ReadAhead"/>); each document is its own transaction, and a file that does not
/// parse is recorded as failed and the run goes on.
/// </summary>
internal static class ImportRun
{
    public static async Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<string> files, DisclosureImporter importer, IImportProgress progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<FileOutcome>();
        var number = 0;
        if (files.Count > 0)
            progress.Starting(1, files[0]);
        await foreach (var attempt in ReadAhead.ReadAsync(files, cancellationToken: cancellationToken))
        {
            var path = files[number++];
            FileOutcome outcome;
            try
            {
                outcome = new FileOutcome(path, await importer.ImportAsync(attempt, cancellationToken), null);
            }
            catch (DisclosureFormatException e)
            {
                outcome = new FileOutcome(path, null, e);
            }

            outcomes.Add(outcome);
            progress.Finished(number, outcome);
            if (number < files.Count)
                progress.Starting(number + 1, files[number]);
        }

        return outcomes;
    }
}
