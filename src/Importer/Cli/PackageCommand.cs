using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Packages;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace BudgetGraph.Importer.Cli;

/// <summary>
/// Writes the figures of disclosures as a data package: the files are imported into a temporary SQLite database by the
/// import run itself (so the package holds what an import would serve, cross-document findings included), and that
/// database's package is written to the output folder.
/// </summary>
internal static class PackageCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string output, IReadOnlyList<string> except, CancellationToken cancellationToken)
    {
        var input = InputFiles.Expand(paths.Concat(except));
        if (input.Missing.Count > 0)
        {
            foreach (var missing in input.Missing)
                Consoles.WriteError($"{missing}: no such file or folder; nothing was written");
            return ExitCodes.Unusable;
        }

        var left = except.SelectMany(DisclosureFiles.In).Where(f => !PackageFiles.IsPackage(f)).Select(f => DisclosureReader.Sha256Of(File.ReadAllBytes(f))).ToHashSet(StringComparer.Ordinal);
        // Hashing every input is needed only to leave some out.
        var files = InputFiles.Expand(paths).Files.Where(f => left.Count == 0 || !left.Contains(DisclosureReader.Sha256Of(File.ReadAllBytes(f)))).ToList();
        var database = Path.Combine(Path.GetTempPath(), $"budgetgraph-package-{Guid.NewGuid():N}.db");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Budget", $"Data Source={database};Pooling=False")]).Build();
            await using var db = new BudgetDbContext(BudgetDatabase.CreateOptions(configuration));
            await BudgetSchema.EnsureAsync(db, cancellationToken);
            await ImportSession.ConfigureAsync(db, cancellationToken);
            var items = ImportItem.For(files);
            var outcomes = await ImportRun.RunAsync(items, new DisclosureImporter(db), new LineProgress(Console.Error, items.Count), cancellationToken);
            await ImportSession.FinishAsync(db, cancellationToken);

            Directory.CreateDirectory(output);
            var counts = await PackageWriter.WriteFolderAsync(db, output, cancellationToken);
            Console.Out.WriteLine(
                $"{output}: {counts["documents"]} documents, {counts["budget_lines"]} budget lines, {counts["findings"]} findings "
                + $"({outcomes.Count(o => o.Error is not null)} of {files.Count} files not read, {left.Count} left out by --except)");
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }
}
