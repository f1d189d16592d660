using BudgetGraph.Ingest.Packages;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// The disclosure files of a folder, as every caller walks it (the CLI's commands and the API's first-run import): *.txt
/// and *.pdf in the folder and its subfolders, and data packages (their datapackage.json), in name order so runs are
/// repeatable.
/// </summary>
public static class DisclosureFiles
{
    /// <summary>The folder's disclosures in name order, then its data packages (a folder's own documents come first).</summary>
    public static IEnumerable<string> In(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsDisclosureFile)
            .OrderBy(PackageFiles.IsPackage).ThenBy(f => f, StringComparer.Ordinal);

    public static bool IsDisclosureFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path).Equals(DataPackageDescriptor.DescriptorFile, StringComparison.OrdinalIgnoreCase);
}
