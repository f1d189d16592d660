using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Shanghai;

/// <summary>类 and 款 rows of the functional expenditure table stored as printed, apart from the lines.</summary>
public sealed class PublishedSubtotalTests
{
    [SkippableFact]
    public async Task ImportFile_Wanli2025TextThenPdf_PrintedSubtotalsOnce()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var importer = new DisclosureImporter(db);

        var text = (await importer.ImportFileAsync(Corpus.Wanli(2025))).Single();
        await importer.ImportFileAsync(Corpus.Wanli(2025, "pdf"));

        var subtotals = await db.PublishedSubtotals.Where(s => s.DocumentId == text.DocumentId && s.Code == "21201").ToListAsync();
        // Printed 94,995,790 = 77,381,546 + 17,614,243 (+1 of rounding); its 项 rows add up to 94,995,789.
        Assert.Equal([(null, 94_995_790L), (ExpenditureType.Basic, 77_381_546L), (ExpenditureType.Project, 17_614_243L)],
            subtotals.OrderBy(s => s.ExpenditureType).Select(s => (s.ExpenditureType, s.Amount / Money.UnitsPerYuan)));
        Assert.All(subtotals, s => Assert.Equal((2, LineKind.Expenditure, ClassificationScheme.Functional), (s.Level, s.Kind, s.Scheme)));
        Assert.Equal("03 2025年部门支出预算总表", subtotals[0].Source.Table);
        Assert.Equal(94_995_789L * Money.UnitsPerYuan, await db.BudgetLines
            .Where(l => l.DocumentId == text.DocumentId && l.Kind == LineKind.Expenditure && l.FunctionalCode!.StartsWith("21201")).SumAsync(l => l.Amount));
        Assert.Equal(0, await db.PublishedSubtotals.CountAsync(s => s.DocumentId == text.DocumentId && s.Level == 3));
    }

    [SkippableFact]
    public async Task ImportFile_FinalAccounts_ClassSubtotalsFromTheExpenditureTable()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var final = (await new DisclosureImporter(db).ImportFileAsync(Corpus.ShanghaiPdf("shanghai-putuo_caizhengju_2024_final-accounts_dept.pdf"))).Single();

        var classes = await db.PublishedSubtotals.Where(s => s.DocumentId == final.DocumentId && s.Level == 1 && s.ExpenditureType == null).ToListAsync();
        Assert.Equal([("201", WanYuan.Units(2_106.66m)), ("208", WanYuan.Units(326.72m)), ("210", WanYuan.Units(60.99m)), ("221", WanYuan.Units(445.69m))],
            classes.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => (s.Code, s.Amount)));
        // The table's total row is the document's total (本年支出合计 2,940.05), though its 项 rows add up to 2,940.06.
        var total = await db.PublishedSubtotals.SingleAsync(s => s.DocumentId == final.DocumentId && s.Level == 0 && s.ExpenditureType == null);
        Assert.Equal(("", WanYuan.Units(2_940.05m), "本年支出合计"), (total.Code, total.Amount, total.Source.Column));
        var lines = await db.BudgetLines.Where(l => l.DocumentId == final.DocumentId && l.Kind == LineKind.Expenditure).Select(l => l.Amount).ToListAsync();
        Assert.Equal(WanYuan.Units(2_940.06m), lines.Sum());
    }
}
