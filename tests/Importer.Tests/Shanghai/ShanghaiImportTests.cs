using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Shanghai;

/// <summary>Loading Shanghai documents: one document per (department, year, stage, scope) whatever the file, and narrative claims checked across years.</summary>
public sealed class ShanghaiImportTests
{
    [SkippableFact]
    public async Task ImportFile_TextThenPdfThenAltExtraction_OneDocumentListingEveryFile()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var importer = new DisclosureImporter(db);

        var text = (await importer.ImportFileAsync(Corpus.Wanli(2025))).Single();
        var pdf = (await importer.ImportFileAsync(Corpus.Wanli(2025, "pdf"))).Single();
        var alt = (await importer.ImportFileAsync(Corpus.Shanghai("shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.alt-tab-extraction.txt"))).Single();

        Assert.Equal((ImportOutcome.Created, ImportOutcome.Replaced, ImportOutcome.Replaced), (text.Outcome, pdf.Outcome, alt.Outcome));
        Assert.Equal(text.DocumentId, pdf.DocumentId);
        Assert.Equal(1, await db.Documents.CountAsync());
        Assert.Equal(3, await db.DocumentSourceFiles.CountAsync(f => f.DocumentId == text.DocumentId));
        Assert.Equal(189_767_551L * Money.UnitsPerYuan, await db.BudgetLines.Where(l => l.Kind == LineKind.Expenditure).SumAsync(l => l.Amount));
    }

    [SkippableFact]
    public async Task ImportFile_WanliSeries_StatedChangesAgreeWithTheDocuments()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var importer = new DisclosureImporter(db);

        // 2025 first: its claim about 2024 is checked when 2024 arrives, and 2024's about 2023 when 2023 arrives.
        foreach (var year in new[] { 2025, 2024, 2023 })
            await importer.ImportFileAsync(Corpus.Wanli(year));

        Assert.Equal(3, await db.Documents.CountAsync(d => d.DepartmentId == "310107/DEPARTMENT/上海市普陀区人民政府万里街道办事处"));
        Assert.False(await db.Findings.AnyAsync(f => f.Code == "STATED_CHANGE_MISMATCH"));
    }

    [SkippableFact]
    public async Task ImportFile_UnitBudget_IsItsOwnRecordNotAddedToTheDepartment()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var importer = new DisclosureImporter(db);

        var department = (await importer.ImportFileAsync(Corpus.Shanghai("shanghai-putuo_shangwu-weiyuanhui_2025_budget_dept.txt"))).Single();
        var unit = (await importer.ImportFileAsync(Corpus.Shanghai("shanghai-putuo_shangwu-weiyuanhui_2025_budget_unit.txt"))).Single();

        Assert.Equal("310107/DEPARTMENT/上海市普陀区商务委员会/2025/BUDGET", department.DocumentId);
        Assert.Equal("310107/UNIT/上海市普陀区商务委员会/2025/BUDGET", unit.DocumentId);
        Assert.Equal(371_514_655L * Money.UnitsPerYuan,
            await db.BudgetLines.Where(l => l.Kind == LineKind.Expenditure && l.DepartmentId == "310107/DEPARTMENT/上海市普陀区商务委员会").SumAsync(l => l.Amount));
    }

    [SkippableFact]
    public async Task Read_Caizhengju2025_AmountsWithFen()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Shanghai("shanghai-putuo_caizhengju_2025_budget_dept.txt"))).Content;

        Assert.Equal(31_214_205_80L * Money.UnitsPerYuan / 100, content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
        // 2010601 行政运行 prints 16,093,326.00 basic and 138,514.80 project; 2010602 prints only project (basic cell empty).
        Assert.Equal(138_514_80L * Money.UnitsPerYuan / 100, content.Lines.Single(l => l.FunctionalCode == "2010601" && l.ExpenditureType == ExpenditureType.Project).Amount);
        Assert.Equal(ExpenditureType.Project, Assert.Single(content.Lines, l => l.Kind == LineKind.Expenditure && l.FunctionalCode == "2010602").ExpenditureType);
        Assert.DoesNotContain(content.Findings, f => f.Severity == Severity.Warning);
    }
}
