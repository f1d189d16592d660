using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// The files named on a command line: a file as given, a folder walked with its subfolders for *.txt and *.pdf in
/// name order (so runs are repeatable). Paths that do not exist are returned separately for the command to report.
/// </summary>
internal sealed record InputFiles(IReadOnlyList<string> Files, IReadOnlyList<string> Missing)
{
    public static InputFiles Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(DisclosureFiles.In(path));
            else if (File.Exists(path))
                files.Add(path);
            else
                missing.Add(path);
        }

        return new InputFiles(files, missing);
    }
}
