using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.FinalAccounts;

/// <summary>上海市普陀区财政局 2024年度部门决算 from its PDF: the published 决算数, on the same department as its 2025 budget.</summary>
public sealed class FinalAccountsImportTests
{
    private const string Pdf = "shanghai-putuo_caizhengju_2024_final-accounts_dept.pdf";
    private const string Department = "310107/DEPARTMENT/上海市普陀区财政局";

    [SkippableFact]
    public async Task Read_FinalAccountsPdf_PublishedTotalsAsLines()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.ShanghaiPdf(Pdf))).Content;

        Assert.Equal(("shanghai-dept-final-accounts", $"{Department}/2024/FINAL_ACCOUNTS", 2024, BudgetStage.FinalAccounts),
            (content.Family, content.DocumentId, content.Year, content.Stage));
        Assert.Equal(9, content.Tables.Count);
        var expenditure = content.Lines.Where(l => l.Kind == LineKind.Expenditure).ToList();
        // 支出决算表: 项目支出 603.14; the 项 rows of 基本支出 add up to 2,336.92 against the printed 2,336.91 (a rounding INFO).
        Assert.Equal(WanYuan.Units(603.14m), expenditure.Where(l => l.ExpenditureType == ExpenditureType.Project).Sum(l => l.Amount));
        Assert.Equal(WanYuan.Units(2_336.92m), expenditure.Where(l => l.ExpenditureType == ExpenditureType.Basic).Sum(l => l.Amount));
        Assert.Equal(WanYuan.Units(1_511.89m), expenditure.Where(l => l.FunctionalCode == "2010601").Sum(l => l.Amount));
        var economic = content.Lines.Where(l => l.Kind == LineKind.Economic).ToList();
        // 基本支出决算表: 人员经费合计 2,152.26 and 公用经费合计 184.65 (UNALLOCATED carries the rounding gap), plus PROJECT: 本年支出合计 2,940.05.
        Assert.Equal(WanYuan.Units(2_152.26m), economic.Where(l => l.ExpenditureType == ExpenditureType.BasicPersonnel).Sum(l => l.Amount));
        Assert.Equal(WanYuan.Units(184.65m), economic.Where(l => l.ExpenditureType == ExpenditureType.BasicPublic).Sum(l => l.Amount));
        Assert.Equal(WanYuan.Units(2_940.05m), economic.Sum(l => l.Amount));
        Assert.Equal(WanYuan.Units(160.75m), economic.Single(l => l.EconomicDepartmentCode == "30108").Amount);
        Assert.Equal(WanYuan.Units(42.77m), economic.Single(l => l.EconomicDepartmentCode == "30229").Amount);
        var income = content.Lines.Where(l => l.Kind == LineKind.Income).ToList();
        Assert.Equal(WanYuan.Units(6.20m), income.Where(l => l.FundingSource == FundingSource.OtherIncome).Sum(l => l.Amount));
        Assert.All(content.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(content.Findings, f => f.Code == "TABLE_TOTAL_MISMATCH" && f.Message.Contains("2,336.91", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ImportFile_FinalAccountsAndNextBudget_SameDepartment()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var importer = new DisclosureImporter(db);

        var final = (await importer.ImportFileAsync(Corpus.ShanghaiPdf(Pdf))).Single();
        var budget = (await importer.ImportFileAsync(Corpus.Shanghai("shanghai-putuo_caizhengju_2025_budget_dept.txt"))).Single();

        var documents = await db.Documents.OrderBy(d => d.Year).Select(d => new { d.Id, d.DepartmentId, d.Year, d.Stage }).ToListAsync();
        Assert.Equal([(Department, 2024, BudgetStage.FinalAccounts), (Department, 2025, BudgetStage.Budget)], documents.Select(d => (d.DepartmentId, d.Year, d.Stage)));
        Assert.Equal([final.DocumentId, budget.DocumentId], documents.Select(d => d.Id));
        Assert.Equal(1, await db.Departments.CountAsync(d => d.Id == Department));
        Assert.Equal(("shanghai-dept-final-accounts", 9), (final.Family, final.Tables));
        Assert.Equal(await db.Findings.CountAsync(f => f.DocumentId == final.DocumentId), final.Findings);
        Assert.Equal(WanYuan.Units(445.69m), await db.BudgetLines
            .Where(l => l.DocumentId == final.DocumentId && l.Kind == LineKind.Expenditure && l.FunctionalCode!.StartsWith("221")).SumAsync(l => l.Amount));
    }

    [SkippableFact]
    public async Task ImportFile_FinalAccountsTextExport_RefusedWithLocatedError()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var error = await Assert.ThrowsAsync<MalformedRowException>(() => new DisclosureImporter(db).ImportFileAsync(
            Corpus.Shanghai("shanghai-putuo_caizhengju_2024_final-accounts_dept.txt")));

        // The functional expenditure table is the one that cannot be read (its 合计 amounts print apart from their label,
        // text line 213), so the total cannot be established: refused. (An unreadable 收入决算表 alone would make it partial.)
        Assert.Equal("03 支出决算表", error.Table);
        Assert.Equal(213, error.Line);
        Assert.Contains("apart from any row label", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Documents.CountAsync());
    }
}
