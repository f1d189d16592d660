using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>
/// The economic table (08) covers the general public budget only; its 合计 is compared with 05's 基本支出, never with 03's,
/// which also spends 事业收入. 上海市减污降碳管理运行技术中心 2026 (national/shanghai_50ce50228b3d) prints 03 基本支出
/// 18,276,689 元 (line 124), 05 基本支出 17,879,506 (line 156) and 08 合计 17,879,506 (line 218): no finding, and the
/// 397,183 元 of basic spending from other funds is one OTHER_FUNDS row, so the economic view still adds up to the total.
/// </summary>
public class EconomicScopeTests
{
    [SkippableTheory]
    [InlineData("txt")]
    [InlineData("pdf")]
    public async Task Read_MunicipalUnitWithBusinessIncome_NoFalseMismatch_AndOtherFundsRowAsync(string extension)
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("shanghai", "50ce50228b3d", extension))).Content;

        Assert.DoesNotContain(content.Findings, f => f.Code == "ECONOMIC_BASIC_VS_FUNCTIONAL_MISMATCH");
        Assert.DoesNotContain(content.Findings, f => f.Severity != Severity.Info);
        var economic = content.Lines.Where(l => l.Kind == LineKind.Economic).ToList();
        var otherFunds = Assert.Single(economic, l => l.Marker == "OTHER_FUNDS");
        Assert.Equal(397_183_0000L, otherFunds.Amount);
        Assert.DoesNotContain(economic, l => l.Marker == "UNALLOCATED");
        Assert.Equal(21_142_095_0000L, Assert.Single(economic, l => l.Marker == "PROJECT").Amount);
        var total = content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount);
        Assert.Equal(39_418_784_0000L, total);
        Assert.Equal(total, economic.Sum(l => l.Amount));
    }
}
