using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Jiangsu;

/// <summary>
/// The six Jiangsu budgets of the national corpus (Wuxi, Suzhou: "公开 NN 表" templates): text and PDF read to the same
/// lines; the total is the 收支总表's printed 本年支出合计 (the survey in bench/RESULTS.md quotes each); the economic
/// view adds up to it once; each department lands in its city; nothing is a WARNING or ERROR (checked by hand: the only
/// differences are 0.01–0.02 万元 between printed subtotals and their rows, INFO).
/// </summary>
public class JiangsuCorpusTests
{
    [SkippableTheory]
    [InlineData("wuxi", "2ed60e3f95d2", "320200/DEPARTMENT/无锡市统计局/2026/BUDGET", "3210.10")]
    [InlineData("wuxi", "744286f0586d", "320200/DEPARTMENT/无锡市人力资源和社会保障局/2026/BUDGET", "154121.76")]
    [InlineData("wuxi", "17a8236f7c26", "320200/DEPARTMENT/无锡市教育局/2026/BUDGET", "512434.34")]
    [InlineData("suzhou", "003a9804844b", "320500/UNIT/苏州市科学技术局/2026/BUDGET", "186241.00")]
    [InlineData("suzhou", "4a5047cbf9d2", "320500/UNIT/苏州市生态环境局/2026/BUDGET", "41183.84")]
    [InlineData("suzhou", "814bd1460393", "320500/DEPARTMENT/苏州市自然资源和规划局/2026/BUDGET", "86999.14")]
    public async Task Read_TextAndPdf_PrintedTotal_SameLines_NoWarningsAsync(string city, string id, string documentId, string printedWanYuan)
    {
        Corpus.Require();
        var printed = WanYuan.Units(decimal.Parse(printedWanYuan, System.Globalization.CultureInfo.InvariantCulture));

        var text = (await DisclosureReader.ReadAsync(Corpus.National(city, id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National(city, id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal(documentId, content.DocumentId);
            Assert.Equal(printed, content.PrintedTotal);
            Assert.Equal(printed, content.Total);
            Assert.Equal(printed, content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
            Assert.Equal(printed, content.Lines.Where(l => l.Kind == LineKind.Economic).Sum(l => l.Amount));
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
