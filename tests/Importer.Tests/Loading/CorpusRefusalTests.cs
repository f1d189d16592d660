using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>Corpus files that are incomplete: imported partial, with their figures where they read and an ERROR per missing table.</summary>
public sealed class CorpusRefusalTests
{
    [SkippableFact]
    public async Task ImportFile_HebeiFragment_PartialWithItsPrintedTotalAndAnErrorPerMissingTable()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        // The fragment holds the 收支总表 alone: 本年支出合计 690.36 万元 (text line 182), its 类 rows 516.39 + 98.25 + 21.53
        // + 14.54 + 39.65 on the expenditure side.
        await new DisclosureImporter(db).ImportFileAsync(
            Path.Combine(Corpus.Folder, "hebei", "hebei-shijiazhuang-pingshan_xiakou-zhen-caizhengsuo_2025_budget_unit.table1-fragment.txt"));

        var document = await db.Documents.SingleAsync();
        Assert.Equal(("130131/UNIT/平山县下口镇财政所/2025/BUDGET", true), (document.Id, document.Partial));
        Assert.Equal(WanYuan.Units(690.36m), document.PrintedTotal);
        Assert.Equal(
            [("201", WanYuan.Units(516.39m)), ("208", WanYuan.Units(98.25m)), ("210", WanYuan.Units(21.53m)), ("213", WanYuan.Units(14.54m)), ("221", WanYuan.Units(39.65m))],
            (await db.BudgetLines.OrderBy(l => l.FunctionalCode).Select(l => new { l.FunctionalCode, l.Amount }).ToListAsync()).Select(l => (l.FunctionalCode!, l.Amount)));
        var findings = await db.Findings.ToListAsync();
        Assert.All(findings, f => Assert.Equal(("TABLE_MISSING", Severity.Error), (f.Code, f.Severity)));
        Assert.Equal(8, findings.Count);
    }
}
