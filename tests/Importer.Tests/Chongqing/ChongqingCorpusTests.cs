using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Chongqing;

/// <summary>
/// 重庆市水利局 2026 (national/chongqing_05f59e7a872e): the 收支总表 prints 合计 on both sides and no 本年支出合计, so
/// its expenditure-side 合计 (186,549.30 万元, text line 189) is the printed total; the PDF sets each title's year on a
/// line of its own; text and PDF give the same lines. 商务委员会 (5c6a), whose decimals wrap onto the next line in every
/// amount, is refused at its expenditure table rather than read with amounts cut.
/// </summary>
public class ChongqingCorpusTests
{
    [SkippableFact]
    public async Task Read_WaterBureau_TextAndPdf_PrintedTotal_SameLines_NoWarningsAsync()
    {
        Skip.IfNot(Corpus.Present, Corpus.Missing);

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
    public async Task Read_CommerceCommission_WrappedDecimals_RefusedAtItsExpenditureTableAsync()
    {
        Skip.IfNot(Corpus.Present, Corpus.Missing);

        var error = await Assert.ThrowsAnyAsync<BudgetGraph.Importer.Parsing.DisclosureFormatException>(
            () => DisclosureReader.ReadAsync(Corpus.National("chongqing", "5c6aea1e7970")));

        Assert.Equal("03 2026年部门支出总体情况表", error.Table);
        Assert.Equal(479, error.Line);
    }

    private static string Key(BudgetLine l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
