using BudgetGraph.Ingest.Loading;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>Progress on a terminal: one Spectre task for the run, its description the file being imported.</summary>
internal sealed class BarProgress(ProgressTask task) : IImportProgress
{
    private readonly ProgressTask _task = task;

    public static ProgressColumn[] Columns { get; } =
    [
        new TaskDescriptionColumn { Alignment = Justify.Left },
        new ProgressBarColumn { Width = 24 },
        new DocumentCountColumn(),
        new ElapsedTimeColumn(),
        new RemainingTimeColumn(),
        new SpinnerColumn(),
    ];

    public void Starting(int number, string path) => _task.Description = Markup.Escape(Shorten(Path.GetFileName(path)));

    public void Finished(int number, FileOutcome outcome) => _task.Value = number;

    /// <summary>Corpus file names run to 70 characters; the bar and the count must keep their place on an 80-column terminal.</summary>
    private static string Shorten(string fileName) => fileName.Length <= 36 ? fileName : fileName[..35] + "…";
}
