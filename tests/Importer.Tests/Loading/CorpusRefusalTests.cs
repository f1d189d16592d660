using BudgetGraph.Importer.Loading;
using BudgetGraph.Importer.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Loading;

/// <summary>Corpus files the importer must refuse, each with a located reason and nothing written.</summary>
public sealed class CorpusRefusalTests
{
    [SkippableFact]
    public async Task ImportFile_HebeiFragment_RefusedAsIncompleteNamingItsTable()
    {
        Skip.IfNot(Corpus.Present, Corpus.Missing);
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();
        var before = await database.CountsAsync();

        var error = await Assert.ThrowsAsync<MissingTableException>(() => new DisclosureImporter(db).ImportFileAsync(
            Path.Combine(Corpus.Folder, "hebei", "hebei-shijiazhuang-pingshan_xiakou-zhen-caizhengsuo_2025_budget_unit.table1-fragment.txt")));

        Assert.Contains("incomplete", error.Message, StringComparison.Ordinal);
        Assert.Equal("收支总表", error.Table);
        Assert.NotNull(error.Line);
        Assert.Equal(before, await database.CountsAsync());
    }
}
