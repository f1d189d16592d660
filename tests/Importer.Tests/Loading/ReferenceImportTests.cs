using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Importer.Tests.Infrastructure.WanYuan;

namespace Importer.Tests.Loading;

/// <summary>The reference disclosure through the whole importer into a real SQLite file.</summary>
public class ReferenceImportTests
{
    private static string DocumentId => "410702/DEPARTMENT/028/2026/BUDGET";

    private static async Task<ImportResult> ImportAsync(TempDatabase database, string path)
    {
        await using var db = database.Open();
        return (await new DisclosureImporter(db).ImportFileAsync(path)).Single();
    }

    [Fact]
    public async Task ImportFile_Reference_StoresTheDomainFiguresAsync()
    {
        await using var database = await TempDatabase.CreateAsync();

        var result = await ImportAsync(database, RepositoryPaths.ReferenceDisclosure);

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        Assert.Equal(DocumentId, result.DocumentId);
        Assert.Equal(3, result.Findings);
        await using var db = database.Open();
        Assert.Equal(result.Lines, await db.BudgetLines.CountAsync());
        var document = await db.Documents.Include(d => d.SourceFiles).SingleAsync();
        Assert.Equal("31d5845a9c090a5cc8e0700e16ef90de34eb9b4169e6021f7f25ba6973465f21", document.Sha256);
        Assert.Equal("新乡市红旗区行政审批和政务信息管理局2026年部门预算", document.Title);
        Assert.Single(document.SourceFiles);
        Assert.Equal("新乡市红旗区", (await db.Regions.SingleAsync(r => r.Code == "410702")).Name);
        var unit = await db.Departments.SingleAsync(d => d.Code == "028001");
        Assert.Equal("410702/DEPARTMENT/028", unit.ParentId);

        var expenditure = db.BudgetLines.Where(l => l.Kind == LineKind.Expenditure && l.DocumentId == DocumentId);
        Assert.Equal(Units(250.65m), await expenditure.SumAsync(l => l.Amount));
        Assert.Equal(Units(230.06m), await expenditure.Where(l => l.ExpenditureType != ExpenditureType.Project).SumAsync(l => l.Amount));
        Assert.Equal(Units(195.60m), await expenditure.Where(l => l.FunctionalCode == "2010301").SumAsync(l => l.Amount));
        Assert.Equal(Units(250.65m), await db.BudgetLines.Where(l => l.Kind == LineKind.Economic).SumAsync(l => l.Amount));
        Assert.Equal(Units(250.65m), await db.BudgetLines.Where(l => l.Kind == LineKind.Income && l.FundingSource == FundingSource.GeneralPublicBudget).SumAsync(l => l.Amount));

        var project = await db.Projects.Include(p => p.Indicators).SingleAsync();
        Assert.Equal(("410702260000000021203", Units(20.59m)), (project.Code, project.Amount));
        Assert.Contains(project.Indicators, i => i is { Name: "工作人员", Value: "15人", Number: 15, Measure: "人" });

        var gap = await db.Findings.Include(f => f.Locations).SingleAsync(f => f.Severity == Severity.Warning);
        Assert.Equal(Units(3.75m), gap.Difference);
        Assert.Equal(2, gap.Locations.Count(l => l.Source.Table == "06 一般公共预算基本支出表"));
        Assert.Equal("严格落实过紧日子及厉行节约相关要求，压缩低效无效开支",
            (await db.StatedComparisons.SingleAsync(c => c.Subject == "TOTAL_EXPENDITURE")).Reason);
        Assert.Equal(12, await db.DisclosedTables.CountAsync());
        Assert.Equal("一般公共服务支出", (await db.ClassificationNodes.SingleAsync(n => n.Scheme == ClassificationScheme.Functional && n.Code == "201" && n.Year == 2026)).Name);
    }

    [Fact]
    public async Task ImportFile_SameFileAgain_IsUnchangedAndWritesNothingAsync()
    {
        await using var database = await TempDatabase.CreateAsync();
        var first = await ImportAsync(database, RepositoryPaths.ReferenceDisclosure);
        var before = await database.CountsAsync();

        var again = await ImportAsync(database, RepositoryPaths.ReferenceDisclosure);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal((first.DocumentId, first.Lines, first.Findings), (again.DocumentId, again.Lines, again.Findings));
        Assert.Equal(before, await database.CountsAsync());
    }

    [Fact]
    public async Task ImportFile_ModifiedCopyOfSameDocument_ReplacesItAndKeepsBothSourceFilesAsync()
    {
        await using var database = await TempDatabase.CreateAsync();
        await ImportAsync(database, RepositoryPaths.ReferenceDisclosure);
        var before = await database.CountsAsync();
        var copy = Path.Combine(database.Folder, "reference-corrected.txt");
        var text = await File.ReadAllTextAsync(RepositoryPaths.ReferenceDisclosure);
        // A corrected copy: 0.01 moved between the two 福利费 rows, so every total (and the findings) stay the same.
        var corrected = text
            .Replace("30229\t福利费\t50502\t商品和服务支出\t3.18\t\t3.18", "30229\t福利费\t50502\t商品和服务支出\t3.17\t\t3.17", StringComparison.Ordinal)
            .Replace("30229\t福利费\t50201\t办公经费\t0.57\t\t0.57", "30229\t福利费\t50201\t办公经费\t0.58\t\t0.58", StringComparison.Ordinal);
        Assert.NotEqual(text, corrected);
        await File.WriteAllTextAsync(copy, corrected);

        var result = await ImportAsync(database, copy);

        Assert.Equal(ImportOutcome.Replaced, result.Outcome);
        Assert.Equal(DocumentId, result.DocumentId);
        await using var db = database.Open();
        var document = await db.Documents.Include(d => d.SourceFiles).SingleAsync();
        Assert.Equal("reference-corrected.txt", document.FileName);
        Assert.Equal(2, document.SourceFiles.Count);
        var after = await database.CountsAsync();
        Assert.Equal(before["BudgetLines"], after["BudgetLines"]);
        Assert.Equal(before["DisclosedRows"], after["DisclosedRows"]);
        Assert.Equal(before["DocumentSourceFiles"] + 1, after["DocumentSourceFiles"]);
        Assert.Equal(Units(0.58m), (await db.BudgetLines.SingleAsync(l => l.EconomicDepartmentCode == "30229" && l.EconomicGovernmentCode == "50201")).Amount);
        Assert.Equal(before["Findings"], after["Findings"]);
        Assert.Equal(before["StatedComparisons"], after["StatedComparisons"]);
        Assert.Equal(before["Projects"], after["Projects"]);
    }
}
