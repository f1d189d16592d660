using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>Reads and reconciles one file and prints what an import would load; writes nothing.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {path}: no such file");
            return 1;
        }

        try
        {
            Reports.WriteCheck(await DisclosureReader.ReadAsync(path, cancellationToken));
            return 0;
        }
        catch (DisclosureFormatException e)
        {
            Reports.WriteError(e);
            return 1;
        }
    }
}
