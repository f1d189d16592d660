using System.Diagnostics;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Bench;

/// <summary>
/// One timed folder import into a fresh database, the way the importer's `import` command does it: same session
/// settings (<see cref="ImportSession"/>), files parsed on another core (<see cref="ReadAhead"/>) while each document
/// is written in its own transaction. Files the importer refuses by design (the Hebei fragment, the scrambled
/// final-accounts text) are counted as refused. Besides the wall-clock time, the process's CPU time (both cores): on a
/// machine shared with other work it shows the cost when the wall clock shows mostly the wait.
/// </summary>
internal sealed record ImportRound(int Documents, int Refused, int Lines, TimeSpan Elapsed, TimeSpan Cpu, IReadOnlyList<DisclosureContent> Written)
{
    /// <summary>How many written documents are kept for the raw baseline.</summary>
    public const int SampleDocuments = 500;

    public static async Task<ImportRound> RunAsync(BenchDatabase database, IReadOnlyList<string> files)
    {
        await database.CreateAsync();
        await using var db = database.Open();
        await ImportSession.ConfigureAsync(db);
        var importer = new DisclosureImporter(db);
        var documents = 0;
        var refused = 0;
        var lines = 0;
        var written = new Dictionary<string, DisclosureContent>(StringComparer.Ordinal);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await foreach (var attempt in ReadAhead.ReadAsync(files))
        {
            try
            {
                var results = await importer.ImportAsync(attempt);
                foreach (var (result, read) in results.Zip(attempt.Reads))
                {
                    documents++;
                    lines += result.Lines;
                    // A later file of the same document replaces the earlier one's rows: keep what the database holds. The
                    // raw baseline needs a sample, not a whole scale corpus in memory.
                    if (written.Count < SampleDocuments || written.ContainsKey(result.DocumentId))
                        written[result.DocumentId] = read.Content;
                }
            }
            catch (DisclosureFormatException)
            {
                refused++;
            }
        }

        clock.Stop();
        return new ImportRound(documents, refused, lines, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, [.. written.Values]);
    }
}
