using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Importer.Tests.Infrastructure.WanYuan;

namespace Importer.Tests.Loading;

/// <summary>Each kind of bad input is a located error and leaves a database that already holds a document as it was.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("not-a-disclosure.txt", typeof(NotADisclosureException), null, null)]
    [InlineData("henan-bad-number.txt", typeof(MalformedNumberException), "03 部门支出总体情况表", 55)]
    [InlineData("henan-bad-row.txt", typeof(MalformedRowException), "03 部门支出总体情况表", 57)]
    public async Task ImportFile_BadInput_ThrowsLocatedErrorAndLeavesDatabaseUnchangedAsync(string file, Type expected, string? table, int? line)
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.TestData("henan-minimal.txt"));
        var before = await database.CountsAsync();

        await using var session = database.Open();
        var error = await Assert.ThrowsAnyAsync<DisclosureFormatException>(() => new DisclosureImporter(session).ImportFileAsync(RepositoryPaths.TestData(file)));

        Assert.IsType(expected, error);
        Assert.Equal(file, error.FileName);
        Assert.Equal(table, error.Table);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(line is null ? file : $"{file}:{line}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.CountsAsync());
    }

    [Fact]
    public async Task ImportFile_TruncatedHenan_PartialWithAnErrorPerMissingOrUnreadableTableAsync()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var result = (await new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.TestData("henan-truncated.txt"))).Single();

        var document = await db.Documents.SingleAsync();
        Assert.True(document.Partial);
        var errors = (await db.Findings.Where(f => f.Severity == Severity.Error).Include(f => f.Locations).ToListAsync()).OrderBy(f => f.Table, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [("TABLE_MISSING", "07 支出经济分类汇总表"), ("TABLE_MISSING", "08 一般公共预算“三公”经费支出情况表"), ("TABLE_MISSING", "09 政府性基金预算支出情况表"),
             ("TABLE_MISSING", "10 项目支出表"), ("TABLE_MISSING", "11 部门（单位）整体绩效目标表"), ("TABLE_MISSING", "12 部门预算项目绩效目标汇总表")],
            errors.Select(e => (e.Code, e.Table!)));
        // 06 ends after its header (line 94): read, with no rows, so its basic spending (80) is unallocated in the
        // economic view, which still adds up to the total with 03's projects (20).
        var economic = await db.BudgetLines.Where(l => l.Kind == LineKind.Economic).OrderBy(l => l.Marker).Select(l => new { l.Marker, l.Amount }).ToListAsync();
        Assert.Equal([("PROJECT", Units(20m)), ("UNALLOCATED", Units(80m))], economic.Select(l => (l.Marker!, l.Amount)));
        Assert.Equal(document.PrintedTotal, await db.BudgetLines.Where(l => l.Kind == LineKind.Expenditure).SumAsync(l => l.Amount));
        Assert.Equal(ImportOutcome.Created, result.Outcome);
    }

    [Fact]
    public async Task ImportFile_MalformedNumber_MessageShowsTheRawTextAsync()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var error = await Assert.ThrowsAsync<MalformedNumberException>(() => new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.TestData("henan-bad-number.txt")));

        Assert.Contains("\"12..5\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("行政运行", error.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFile_MinimalDocument_IsCreatedWithoutFindingsAsync()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var result = (await new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.TestData("henan-minimal.txt"))).Single();

        Assert.Equal(("410702/DEPARTMENT/099/2026/BUDGET", ImportOutcome.Created, 0), (result.DocumentId, result.Outcome, result.Findings));
        Assert.Equal(9, result.Lines);
    }
}
