using System.Globalization;

using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Progress when the output is redirected: one plain line per document as it ends, so a log or a CI job shows the run
/// without a progress bar's control sequences redrawing one line.
/// </summary>
internal sealed class LineProgress(TextWriter writer, int total) : IImportProgress
{
    private readonly TextWriter _writer = writer;
    private readonly int _total = total;

    public void Starting(int number, string path)
    {
    }

    public void Finished(int number, FileOutcome outcome)
    {
        var what = outcome.Result is { } result
            ? $"{outcome.Outcome} {result.DocumentId}, {result.Lines} lines, {result.Findings} findings"
            : $"failed (database unchanged): {outcome.Error!.Message}";
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{number}/{_total}] {outcome.Path}: {what}"));
    }
}
