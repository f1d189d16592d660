using BudgetGraph.Importer.Cli.Json;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Reads every file as `check` does and reports how well the importer reads the collection: each file's outcome and
/// reason, its total beside the printed one, its findings by code, and each folder's read rate. Writes nothing.
/// </summary>
internal static class SurveyCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, OutputFormat format, CancellationToken cancellationToken)
    {
        var input = InputFiles.Expand(paths);
        if (input.Missing.Count > 0)
        {
            Consoles.WriteError($"no such file or folder: {string.Join(", ", input.Missing)}");
            return ExitCodes.Unusable;
        }

        var files = new List<SurveyFileJson>();
        foreach (var path in input.Files)
        {
            // Files are read one after another, so the process's CPU time across a read is that file's (GC included).
            var cpu = Environment.CpuUsage.TotalTime;
            // A file holding several documents (a 汇总 and its 本级) is a line per document, each with the file's CPU time.
            var reads = await CheckCommand.ReadAsync(path, cancellationToken);
            var cpuMs = (long)(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
            foreach (var read in reads)
            {
                var file = SurveyFileJson.From(read) with { CpuMs = cpuMs };
                files.Add(file);
                if (format == OutputFormat.Table)
                    Console.Out.WriteLine(Line(file));
            }
        }

        var folders = SurveyFolderJson.Of(files);
        if (format == OutputFormat.Json)
        {
            await CliJson.WriteAsync(new SurveyReportJson(CommandLine.Survey, files, folders), cancellationToken);
        }
        else
        {
            foreach (var folder in folders)
                Console.Out.WriteLine($"{folder.Folder}: {folder.Read + folder.Partial + folder.Part} of {folder.Files} files read ({folder.ReadRate:P0}; {folder.Partial} partial, {folder.Part} narrative parts, {folder.Refused} refused, {folder.NotDisclosure} not a disclosure)");
        }

        return ExitCodes.Success;
    }

    private static string Line(SurveyFileJson file)
    {
        var total = file.Total is { } t ? $"total {t:N2} 元, printed {(file.PrintedTotal is { } p ? $"{p:N2}" : "none")}" : "";
        var findings = string.Join(", ", file.Findings.Select(f => $"{f.Code} ×{f.Count}"));
        return $"{file.Outcome,-16} {Path.GetFileName(file.File)}  {file.Family} {total} {findings}{(file.Reason is { } r ? "  — " + r : "")}";
    }
}
