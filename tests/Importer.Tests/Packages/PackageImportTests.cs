using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Upgrade;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Packages;

/// <summary>
/// Importing the bundled data package (data/package): its documents load like files — once, with the source file
/// and sha256 they were read from — a document's own file replaces its packaged copy, and an upgrade rebuilds them.
/// </summary>
public sealed class PackageImportTests
{
    private static readonly string _package = Path.Combine(RepositoryPaths.Root, "data", "package");

    [Fact]
    public async Task Import_Package_LoadsEveryDocumentOnceAndAgainUnchanged()
    {
        await using var database = await TempDatabase.CreateAsync();
        IReadOnlyList<FileOutcome> first;
        await using (var db = database.Open())
            first = await ImportRun.RunAsync([_package], new DisclosureImporter(db));
        IReadOnlyList<FileOutcome> again;
        await using (var db = database.Open())
            again = await ImportRun.RunAsync([Path.Combine(_package, "datapackage.json")], new DisclosureImporter(db));

        Assert.True(first.Count >= 12, $"{first.Count} documents in the package");
        Assert.All(first, o => Assert.Equal(ImportOutcome.Created, o.Result?.Outcome));
        Assert.All(again, o => Assert.Equal(ImportOutcome.Unchanged, o.Result?.Outcome));
        await using var check = database.Open();
        Assert.Equal(first.Count, await check.Documents.CountAsync(d => d.FromPackage));
        var wanli = await check.Documents.SingleAsync(d => d.FileName == "shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt");
        Assert.Equal(189_767_551 * Money.UnitsPerYuan, await check.BudgetLines.Where(l => l.DocumentId == wanli.Id && l.Kind == LineKind.Expenditure).SumAsync(l => l.Amount));
        // Its stated change ships as a number, without the sentence.
        var stated = await check.StatedComparisons.FirstAsync(c => c.DocumentId == wanli.Id && c.BaseYear == 2024 && c.Change != null);
        Assert.Null(stated.Text);
        Assert.Null(stated.Reason);
        Assert.False(await check.GlossaryTerms.AnyAsync(g => g.DocumentId == wanli.Id));
    }

    [Fact]
    public async Task Import_PackageAsZip_SameDocumentsAsTheFolder()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"budgetgraph-package-{Guid.NewGuid():N}.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(_package, zip);
        try
        {
            await using var database = await TempDatabase.CreateAsync();
            IReadOnlyList<FileOutcome> outcomes;
            await using (var db = database.Open())
                outcomes = await ImportRun.RunAsync([zip], new DisclosureImporter(db));

            Assert.All(outcomes, o => Assert.Equal(ImportOutcome.Created, o.Result?.Outcome));
            Assert.Equal(ImportItem.For([_package]).Count, outcomes.Count);
            Assert.Equal(outcomes.Count, (await database.CountsAsync())["Documents"]);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [SkippableFact]
    public async Task Import_TheDocumentsOwnFile_ReplacesItsPackagedCopyWithTheNarrative()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await ImportRun.RunAsync([_package], new DisclosureImporter(db));

        ImportResult result;
        await using (var db = database.Open())
            result = (await new DisclosureImporter(db).ImportFileAsync(Corpus.Wanli(2025))).Single();

        Assert.Equal(ImportOutcome.Replaced, result.Outcome);
        await using var check = database.Open();
        var document = await check.Documents.SingleAsync(d => d.Id == result.DocumentId);
        Assert.False(document.FromPackage);
        Assert.NotNull((await check.StatedComparisons.FirstAsync(c => c.DocumentId == document.Id && c.BaseYear == 2024 && c.Change != null)).Text);
    }

    [Fact]
    public async Task Upgrade_PackagedDocuments_RebuiltFromTheirStoredPackageRecords()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await ImportRun.RunAsync([_package], new DisclosureImporter(db));
        var before = await database.CountsAsync();
        await using (var db = database.Open())
            await db.SchemaVersions.ExecuteUpdateAsync(v => v.SetProperty(x => x.Fingerprint, "0000000000000000"));

        var result = await SchemaUpgrade.RunAsync(database.Open);

        Assert.Equal(SchemaState.Outdated, result.Found);
        Assert.Equal(before, await database.CountsAsync());
        await using var check = database.Open();
        Assert.Equal(before["Documents"], await check.Documents.CountAsync(d => d.FromPackage));
        // Citations still name the original file and its sha256, not the stored records.
        var wanli = await check.Documents.SingleAsync(d => d.FileName == "shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt");
        Assert.Equal(wanli.Sha256, (await check.DocumentSourceFiles.SingleAsync(f => f.DocumentId == wanli.Id)).Sha256);
    }
}
