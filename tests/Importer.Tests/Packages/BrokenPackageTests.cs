using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Packages;

/// <summary>A package that cannot be read is one located refusal in the run, never a crash, and writes nothing.</summary>
public sealed class BrokenPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-broken-package-").FullName;

    [Fact]
    public async Task Import_PackageMissingAResource_RefusedWithTheResourceNamed()
    {
        var source = Path.Combine(RepositoryPaths.Root, "data", "package");
        File.Copy(Path.Combine(source, "datapackage.json"), Path.Combine(_folder, "datapackage.json"));
        Directory.CreateDirectory(Path.Combine(_folder, "datapackage"));
        foreach (var file in Directory.GetFiles(Path.Combine(source, "datapackage")).Where(f => !f.EndsWith("budget_lines.csv", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(_folder, "datapackage", Path.GetFileName(file)));
        await using var database = await TempDatabase.CreateAsync();

        IReadOnlyList<FileOutcome> outcomes;
        await using (var db = database.Open())
            outcomes = await ImportRun.RunAsync([_folder], new DisclosureImporter(db));

        var outcome = Assert.Single(outcomes);
        Assert.Null(outcome.Result);
        Assert.Contains("datapackage/budget_lines.csv", outcome.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await database.CountsAsync())["Documents"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
