using BudgetGraph.Data.Entities;

using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>The document `import --format json` writes: the exit code it ends with, every file's outcome, and the totals.</summary>
internal sealed record ImportReportJson(string Command, int ExitCode, IReadOnlyList<ImportedFileJson> Files, ImportTotalsJson Totals)
{
    public static ImportReportJson From(IReadOnlyList<FileOutcome> outcomes, ILookup<string, Finding> findings, int exitCode) =>
        new(CommandLine.Import, exitCode, [.. outcomes.Select(o => ImportedFileJson.From(o, findings))], ImportTotalsJson.Of(outcomes, findings));
}
