using BudgetGraph.Importer.Cli.Json;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Reads and reconciles files and prints what an import would load; writes nothing. Every file is checked even after
/// a bad one, and the run exits with the worst verdict: 0 clean, 1 findings, 2 unreadable (<see cref="CheckStatus"/>).
/// </summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, OutputFormat format, CancellationToken cancellationToken)
    {
        var input = InputFiles.Expand(paths);
        var checkedFiles = new List<CheckedFile>();
        foreach (var missing in input.Missing)
            Add(new CheckedFile(missing, null, new DisclosureFormatException("no such file or folder", missing)));
        foreach (var path in input.Files)
        {
            foreach (var file in await ReadAsync(path, cancellationToken))
                Add(file);
        }

        // An empty folder checks nothing and finds nothing: clean, as `grep -r` over an empty folder finds no match.
        var exitCode = checkedFiles.Count == 0 ? ExitCodes.Success : checkedFiles.Max(f => (int)f.Status);
        if (format == OutputFormat.Json)
            await CliJson.WriteAsync(CheckReportJson.From(checkedFiles, exitCode), cancellationToken);
        else
            CheckReport.WriteSummary(checkedFiles, exitCode);
        return exitCode;

        void Add(CheckedFile file)
        {
            checkedFiles.Add(file);
            if (format == OutputFormat.Table)
                CheckReport.Write(file);
            else if (file.Error is not null)
                Consoles.WriteError(file.Error.Message);
        }
    }

    /// <summary>
    /// One file read as check and survey read it: each document its family read (one, or one per set of tables the
    /// file holds), or the located reason it was refused.
    /// </summary>
    public static async Task<IReadOnlyList<CheckedFile>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return [.. (await DisclosureReader.ReadAllAsync(path, cancellationToken)).Select(read => new CheckedFile(path, read, null))];
        }
        catch (DisclosureFormatException e)
        {
            return [new CheckedFile(path, null, e)];
        }
        catch (IOException e)
        {
            return [new CheckedFile(path, null, new DisclosureFormatException($"cannot read the file: {e.Message}", path))];
        }
        catch (UnauthorizedAccessException e)
        {
            return [new CheckedFile(path, null, new DisclosureFormatException($"cannot read the file: {e.Message}", path))];
        }
    }
}
