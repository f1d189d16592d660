using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>
/// A table the document lacks, or one that cannot be read, is an ERROR finding located at it; the rest of the document
/// still imports, marked partial. Only a missing or unreadable functional expenditure table (no total) is refused.
/// Fixtures: 无锡市统计局 2026 (national/wuxi_2ed60e3f95d2.txt) with one table cut out or broken, made here.
/// </summary>
public sealed class PartialDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-partial-").FullName;

    [SkippableFact]
    public async Task Import_EconomicTableMissing_PartialWithItsErrorAndTheTotalAsync()
    {
        Corpus.Require();
        // Text lines 481–516 are 公开 08 表 一般公共预算基本支出表.
        var path = await WriteAsync("no-08.txt", lines => lines.Take(480).Concat(lines.Skip(516)));
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var result = (await new DisclosureImporter(db).ImportFileAsync(path)).Single();

        var document = await db.Documents.SingleAsync();
        Assert.True(document.Partial);
        Assert.Equal(WanYuan.Units(3210.10m), document.PrintedTotal);
        var error = Assert.Single(await db.Findings.Where(f => f.Severity == Severity.Error).Include(f => f.Locations).ToListAsync());
        Assert.Equal(("TABLE_MISSING", "08 一般公共预算基本支出表"), (error.Code, error.Table));
        Assert.Equal(WanYuan.Units(3210.10m), await db.BudgetLines.Where(l => l.Kind == LineKind.Expenditure).SumAsync(l => l.Amount));
        Assert.Equal(0, await db.BudgetLines.CountAsync(l => l.Kind == LineKind.Economic));
        Assert.Equal(ImportOutcome.Created, result.Outcome);
    }

    [SkippableFact]
    public async Task Read_UnreadableTable_ErrorLocatedAtItsLine_RestRead()
    {
        Corpus.Require();
        // A line of amounts with no label, inside 公开 07 表 (after its 行政运行 row, text line 450).
        var path = await WriteAsync("broken-07.txt", lines => lines.Take(450).Append("                                  1,429.11     1,429.11").Concat(lines.Skip(450)));

        var content = (await DisclosureReader.ReadAsync(path)).Content;

        var error = Assert.Single(content.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("TABLE_UNREADABLE", "07 一般公共预算支出表"), (error.Code, error.Table));
        Assert.Equal(451, Assert.Single(error.Locations).Line);
        Assert.Equal(WanYuan.Units(3210.10m), content.Total);
        Assert.DoesNotContain(content.Findings, f => f.Severity == Severity.Warning);
    }

    [SkippableFact]
    public async Task Read_ExpenditureTableMissing_RefusedForItsTotal()
    {
        Corpus.Require();
        // Text lines 244–286 are 公开 03 表 支出总表.
        var path = await WriteAsync("no-03.txt", lines => lines.Take(243).Concat(lines.Skip(286)));

        var error = await Assert.ThrowsAsync<BudgetGraph.Ingest.Parsing.MissingTableException>(() => DisclosureReader.ReadAsync(path));

        Assert.Equal("03 支出总表", error.Table);
        Assert.Contains("total cannot be established", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WriteAsync(string name, Func<IEnumerable<string>, IEnumerable<string>> change)
    {
        var lines = await File.ReadAllLinesAsync(Corpus.National("wuxi", "2ed60e3f95d2"));
        var path = Path.Combine(_folder, name);
        await File.WriteAllLinesAsync(path, change(lines));
        return path;
    }
}
