using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>
/// Beijing publishes one 部门预算 as two files: 附件1 情况说明 (narrative, national/beijing_13f02a1d3e8a) and 附件2 报表
/// (tables, beijing_a6fa95387a42), both 北京市气象局 2026. They import as one document, matched by publisher and year,
/// whatever their order in a run; the narrative alone is refused; the narrative survives its tables' re-import.
/// </summary>
public sealed class NarrativePartTests
{
    private const string DocumentId = "110000/DEPARTMENT/北京市气象局/2026/BUDGET";

    [SkippableFact]
    public async Task Run_NarrativeBeforeItsTables_OneDocumentWithBothFilesAndTheNarrativeFactsAsync()
    {
        Corpus.Require();
        var narrative = Corpus.National("beijing", "13f02a1d3e8a");
        var tables = Corpus.National("beijing", "a6fa95387a42");
        var facts = (await DisclosureReader.ReadAsync(narrative)).Content.Facts.Count;
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var outcomes = await ImportRun.RunAsync([narrative, tables], new DisclosureImporter(db));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal([DocumentId, DocumentId], outcomes.Select(o => o.Result!.DocumentId));
        var document = await db.Documents.SingleAsync();
        Assert.Equal(("beijing-dept-budget", "beijing_a6fa95387a42.txt"), (document.Family, document.FileName));
        Assert.Equal(["beijing_13f02a1d3e8a.txt", "beijing_a6fa95387a42.txt"], (await db.DocumentSourceFiles.Select(f => f.FileName).ToListAsync()).Order());
        Assert.True(facts > 0);
        Assert.Equal(facts, await db.DocumentFacts.CountAsync(f => f.DocumentId == DocumentId));
    }

    [SkippableFact]
    public async Task Import_NarrativeWithoutItsTables_RefusedAndNothingWrittenAsync()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        var error = await Assert.ThrowsAsync<DisclosureFormatException>(() => new DisclosureImporter(db).ImportFileAsync(Corpus.National("beijing", "13f02a1d3e8a")));

        Assert.Contains("附件2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Documents.CountAsync());
        Assert.Equal(0, await db.DocumentFacts.CountAsync());
    }

    [SkippableFact]
    public async Task Import_TablesAgainFromThePdf_TheNarrativeIsReadAgainFromItsStoredCopyAsync()
    {
        Corpus.Require();
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var importer = new DisclosureImporter(db);
        await importer.ImportFileAsync(Corpus.National("beijing", "a6fa95387a42"));
        await importer.ImportFileAsync(Corpus.National("beijing", "13f02a1d3e8a"));
        var facts = await db.DocumentFacts.CountAsync();

        var replaced = (await importer.ImportFileAsync(Corpus.National("beijing", "a6fa95387a42", "pdf"))).Single();
        var again = (await importer.ImportFileAsync(Corpus.National("beijing", "13f02a1d3e8a"))).Single();

        Assert.Equal(ImportOutcome.Replaced, replaced.Outcome);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.True(facts > 0);
        Assert.Equal(facts, await db.DocumentFacts.CountAsync());
        Assert.Equal(3, await db.DocumentSourceFiles.CountAsync());
    }
}
