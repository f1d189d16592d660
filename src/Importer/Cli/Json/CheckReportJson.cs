namespace BudgetGraph.Importer.Cli.Json;

/// <summary>The document `check --format json` writes: the exit code it ends with, every file, and the totals.</summary>
internal sealed record CheckReportJson(string Command, int ExitCode, IReadOnlyList<CheckedFileJson> Files, CheckTotalsJson Totals)
{
    public static CheckReportJson From(IReadOnlyList<CheckedFile> files, int exitCode) =>
        new(CommandLine.Check, exitCode, [.. files.Select(CheckedFileJson.From)], CheckTotalsJson.Of(files));
}
