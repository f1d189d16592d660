using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Chongqing;

/// <summary>
/// 重庆市水利局 2026 (national/chongqing_05f59e7a872e): the 收支总表 prints 合计 on both sides and no 本年支出合计, so
/// its expenditure-side 合计 (186,549.30 万元, text line 189) is the printed total; the PDF sets each title's year on a
/// line of its own; text and PDF give the same lines. 商务委员会 (5c6a) wraps every amount's decimals onto the next line
/// in its text export (each joined back to its amount), and sets its page numbers' digits above their dashes in the PDF.
/// </summary>
public class ChongqingCorpusTests
{
    [SkippableFact]
    public async Task Read_WaterBureau_TextAndPdf_PrintedTotal_SameLines_NoWarningsAsync()
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("chongqing", "05f59e7a872e"))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("chongqing", "05f59e7a872e", "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal("500000/DEPARTMENT/重庆市水利局/2026/BUDGET", content.DocumentId);
            Assert.Equal(WanYuan.Units(186549.30m), content.PrintedTotal);
            Assert.Equal(WanYuan.Units(186549.30m), content.Total);
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    [SkippableFact]
    public async Task Read_CommerceCommission_WrappedDecimals_JoinedInTextAndPdf_SameExpenditureAsync()
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("chongqing", "5c6aea1e7970"))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("chongqing", "5c6aea1e7970", "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal("500000/DEPARTMENT/重庆市商务委员会/2026/BUDGET", content.DocumentId);
            // 表一's expenditure-side 合计, printed "174,900" over ".64".
            Assert.Equal(WanYuan.Units(174900.64m), content.PrintedTotal);
            Assert.Equal(WanYuan.Units(174900.64m), content.Total);
            // 2011301 行政运行: "6,231" / ".54 6,231" / ".54" in the text export.
            Assert.Equal(WanYuan.Units(6231.54m), content.Lines.Single(l => l is { Kind: LineKind.Expenditure, FunctionalCode: "2011301", ExpenditureType: ExpenditureType.Basic }).Amount);
            Assert.Empty(content.Findings.Where(f => f.Severity == Severity.Warning).Select(f => f.Message));
        }

        // The text export wraps table 05's 合计 one character group per line, and glues decimals to the next amount in
        // table 02 (".64101,833"): those tables alone are unreadable there.
        Assert.Equal([("TABLE_UNREADABLE", "02 2026年部门收入总体情况表"), ("TABLE_UNREADABLE", "05 2026年一般公共预算支出情况表")],
            text.Findings.Where(f => f.Severity == Severity.Error).Select(f => (f.Code, f.Table)).Order());
        Assert.Empty(pdf.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        Assert.Equal(text.Lines.Where(l => l.Kind == LineKind.Expenditure).Select(Key).Order(), pdf.Lines.Where(l => l.Kind == LineKind.Expenditure).Select(Key).Order());
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
