using System.Text.Json.Nodes;
using BudgetGraph.Ingest.Packages;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Cli;

/// <summary>
/// `package`: data/package is what the command gives today over the shared corpus (the reference text in data/ left
/// out), row for row and value for value, so the bundled figures never drift from the documents and the importer.
/// Only the import times (documents.imported_at, the descriptor's created) may differ.
/// </summary>
public sealed class PackageCommandTests : IDisposable
{
    private static readonly string _bundled = Path.Combine(RepositoryPaths.Root, "data", "package");

    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-package-").FullName;

    [SkippableFact]
    public async Task Package_SharedCorpusExceptData_IsTheBundledPackage()
    {
        Corpus.Require();
        var output = Path.Combine(_folder, "package");

        var run = await CliRun.WithoutDatabaseAsync(Path.Combine(_folder, "never.db"), "package", Corpus.Folder, "--except", Path.Combine(RepositoryPaths.Root, "data"), "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(Path.Combine(_folder, "never.db")));
        const string Regenerate = "data/package is not what `package ../shared/data/disclosures --except data --output data/package` gives today: regenerate it";
        Assert.True(JsonNode.DeepEquals(Descriptor(_bundled), Descriptor(output)), $"datapackage.json differs. {Regenerate}");
        foreach (var file in Directory.GetFiles(Path.Combine(_bundled, DataPackageDescriptor.ResourceFolder)))
        {
            var shipped = Rows(file);
            var made = Rows(Path.Combine(output, DataPackageDescriptor.ResourceFolder, Path.GetFileName(file)));
            Assert.True(shipped.Count == made.Count, $"{Path.GetFileName(file)}: {shipped.Count} rows shipped, {made.Count} made. {Regenerate}");
            for (var i = 0; i < shipped.Count; i++)
                Assert.True(shipped[i] == made[i], $"{Path.GetFileName(file)} row {i + 1}: shipped {shipped[i]}, made {made[i]}. {Regenerate}");
        }

        // The reference disclosure stays in data/ as text: the package does not repeat it.
        Assert.DoesNotContain(Rows(Path.Combine(output, DataPackageDescriptor.ResourceFolder, "documents.csv")), r => r.Contains("410702/DEPARTMENT/028", StringComparison.Ordinal));
    }

    /// <summary>The descriptor without its creation time.</summary>
    private static JsonNode Descriptor(string folder)
    {
        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, DataPackageDescriptor.DescriptorFile)))!;
        descriptor.AsObject().Remove("created");
        return descriptor;
    }

    /// <summary>Each row's cells joined, without the import time.</summary>
    private static List<string> Rows(string file)
    {
        using var reader = new StreamReader(file);
        return [.. CsvReader.ReadRows(reader, file).Select(row => string.Join(" | ", row.Where(c => c.Key != "imported_at").Select(c => $"{c.Key}={c.Value}")))];
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
