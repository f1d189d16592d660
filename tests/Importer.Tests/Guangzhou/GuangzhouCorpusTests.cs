using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Guangzhou;

/// <summary>
/// The four Guangzhou 部门预算 of the national corpus (表1 … 表12): text and PDF read to the same lines, the total is the
/// 收支总体情况表's printed 本年支出合计 (on the table's second page; the rounded 项 rows may add up to 0.01 万元 more or
/// less), the economic view adds up to it as closely, each department
/// lands in 广州市 (440100), and nothing is a WARNING or ERROR. Names wrapped around their code line read whole.
/// </summary>
public class GuangzhouCorpusTests
{
    [SkippableTheory]
    [InlineData("015554f21fe8", "广州市司法局", "174177.85")]
    [InlineData("232c31967d79", "广州市气象局", "7651.71")]
    [InlineData("39d6f21a87fa", "广州市生态环境局", "89421.55")]
    [InlineData("45689a98166c", "广州市卫生健康委员会", "3324258.76")]
    public async Task Read_TextAndPdf_PrintedTotal_SameLines_NoWarningsAsync(string id, string department, string printedWanYuan)
    {
        Corpus.Require();
        var printed = WanYuan.Units(decimal.Parse(printedWanYuan, System.Globalization.CultureInfo.InvariantCulture));

        var text = (await DisclosureReader.ReadAsync(Corpus.National("guangzhou", id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("guangzhou", id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal($"440100/DEPARTMENT/{department}/2026/BUDGET", content.DocumentId);
            Assert.Equal(printed, content.PrintedTotal);
            Assert.Equal(printed, content.Total);
            // The rounded 项 rows may add up to 0.01 万元 more or less than the printed total (an INFO finding says so).
            var lines = content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount);
            Assert.InRange(lines - printed, -WanYuan.Units(0.01m), WanYuan.Units(0.01m));
            Assert.InRange(content.Lines.Where(l => l.Kind == LineKind.Economic).Sum(l => l.Amount) - printed, -WanYuan.Units(0.01m), WanYuan.Units(0.01m));
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    [SkippableFact]
    public async Task Read_NameWrappedAroundItsCodeLine_ReadsWholeAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("guangzhou", "232c31967d79"))).Content;

        Assert.Equal("机关事业单位基本养老保险缴费支出", Node(content, "2080505"));
        Assert.Equal("机关事业单位职业年金缴费支出", Node(content, "2080506"));
        Assert.Equal("事业单位离退休", Node(content, "2080502"));
    }

    private static string Node(BudgetGraph.Ingest.Formats.DisclosureContent content, string code) =>
        content.Classification.Single(n => n.Scheme == ClassificationScheme.Functional && n.Code == code).Name;

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
