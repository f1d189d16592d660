using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Parsing;

/// <summary>
/// A 项 row printed "7 11 02" under 类 210, 款 21011 is read as 2101102, the code the hierarchy implies, with a WARNING
/// that shows both; one that fits no 款 above it makes its table unreadable. Fixture: 上海市职业能力考试院 2026
/// (national/shanghai_6737dde8a442.txt) with one code misprinted, made here.
/// </summary>
public sealed class MisprintedCodeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-misprint-").FullName;

    [SkippableFact]
    public async Task Read_MisprintedClassPart_ReadAsTheHierarchyImplies_WithAWarningAsync()
    {
        Corpus.Require();
        var original = (await DisclosureReader.ReadAsync(Corpus.National("shanghai", "6737dde8a442"))).Content;

        var content = (await DisclosureReader.ReadAsync(await WriteAsync(112, "  7   11   02 事业单位医疗"))).Content;

        var warning = Assert.Single(content.Findings, f => f.Severity != Severity.Info);
        Assert.Equal(("CODE_MISPRINTED", "02 2026年预算单位收入预算总表"), (warning.Code, warning.Table));
        Assert.Contains("\"7 11 02\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2101102", warning.Message, StringComparison.Ordinal);
        Assert.Equal(112, Assert.Single(warning.Locations).Line);
        Assert.Equal(original.Lines.Select(Key), content.Lines.Select(Key));
    }

    [SkippableFact]
    public async Task Read_CodeThatFitsNoParent_TableUnreadable_RestReadAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(await WriteAsync(112, "  7   12   02 事业单位医疗"))).Content;

        var error = Assert.Single(content.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("TABLE_UNREADABLE", "02 2026年预算单位收入预算总表"), (error.Code, error.Table));
        Assert.Equal(128_138_600_0000L, content.Total);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Key(BudgetLineRecord l) => $"{l.Kind}|{l.FunctionalCode}|{l.FundingSource}|{l.ExpenditureType}|{l.Amount}";

    private async Task<string> WriteAsync(int line, string codeAndName)
    {
        var lines = await File.ReadAllLinesAsync(Corpus.National("shanghai", "6737dde8a442"));
        Assert.StartsWith("210   11   02 事业单位医疗", lines[line - 1], StringComparison.Ordinal);
        lines[line - 1] = codeAndName + lines[line - 1]["210   11   02 事业单位医疗".Length..];
        var path = Path.Combine(_folder, "misprint.txt");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }
}
