using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>
/// 上海市职业能力考试院 2026 (national/shanghai_6737dde8a442) prints amounts with only the last thousands separator
/// (`121748,642` 元). They are amounts, not label text: 20801 人力资源和社会保障管理事务 reads 121,748,642 元 (text line
/// 101), the total 128,138,600 元, and the 类/款 subtotals hold without a finding.
/// </summary>
public class MunicipalUnitAmountTests
{
    [SkippableTheory]
    [InlineData("txt")]
    [InlineData("pdf")]
    public async Task Read_LastSeparatorOnlyAmounts_ReadAsPrinted_NoFalseFindingsAsync(string extension)
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("shanghai", "6737dde8a442", extension))).Content;

        Assert.DoesNotContain(content.Findings, f => f.Severity != Severity.Info);
        Assert.Equal("人力资源和社会保障管理事务", content.Classification.Single(n => n.Scheme == ClassificationScheme.Functional && n.Code == "20801").Name);
        Assert.Equal(128_138_600_0000L, content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
        Assert.Equal(121_748_642_0000L, content.Lines.Where(l => l.Kind == LineKind.Income && l.FunctionalCode!.StartsWith("20801", StringComparison.Ordinal)).Sum(l => l.Amount));
        Assert.DoesNotContain(content.Classification, n => n.Name.Any(char.IsAsciiDigit));
    }
}
