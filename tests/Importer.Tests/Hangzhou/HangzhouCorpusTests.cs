using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Hangzhou;

/// <summary>
/// Hangzhou 部门预算 (national/hangzhou): no table prints a code; names are indented by level and take their codes from
/// the reference lists by name under their parent, a name no list knows keeping its level with a CODE_NAME_UNKNOWN
/// warning. Narrow cells wrap an amount's last digit ("106,512.0" / "0"). The PDFs are read; the text exports indent
/// unevenly, so their levels do not add up and the expenditure table is refused rather than guessed.
/// </summary>
public class HangzhouCorpusTests
{
    [SkippableFact]
    public async Task Read_PublicSecurityPdf_CodesByNameUnderTheirParent_AmountsInPlaceAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("hangzhou", "c0afe4e6bf13", "pdf"))).Content;

        Assert.Equal("330100/DEPARTMENT/杭州市公安局/2026/BUDGET", content.DocumentId);
        // 收支预算总表's 本年支出合计 404,415.23 万元; 表3's 合计 "404,415.23 250,110.65 47,792.58" with 项目支出
        // "106,512.0" over the row and "0" under it.
        Assert.Equal(WanYuan.Units(404415.23m), content.PrintedTotal);
        Assert.Equal(WanYuan.Units(404415.23m), content.Total);
        Assert.Equal(WanYuan.Units(106512.00m), content.Subtotals.Single(s => s is { Level: 0, ExpenditureType: ExpenditureType.Project }).Amount);
        // 行政运行 under 公安 under 公共安全支出: 2040201, 人员支出 214,442.42, 日常公用支出 46,006.31.
        Assert.Equal(
            [(ExpenditureType.BasicPersonnel, WanYuan.Units(214442.42m)), (ExpenditureType.BasicPublic, WanYuan.Units(46006.31m))],
            content.Lines.Where(l => l is { Kind: LineKind.Expenditure, FunctionalCode: "2040201" }).OrderBy(l => l.ExpenditureType).Select(l => (l.ExpenditureType!.Value, l.Amount)));
        // 公共安全支出 325,711.11 as printed; its 项 with names no list knows count under 20402 公安 (执法办案: 项目支出 6,194.23).
        Assert.Equal(WanYuan.Units(325711.11m), content.Subtotals.Single(s => s is { Code: "204", ExpenditureType: null }).Amount);
        Assert.Contains(content.Lines, l => l is { Kind: LineKind.Expenditure, FunctionalCode: "20402", ExpenditureType: ExpenditureType.Project } && l.Amount == WanYuan.Units(6194.23m));
        var unknown = content.Findings.Where(f => f.Code == "CODE_NAME_UNKNOWN").ToList();
        Assert.Contains(unknown, f => f.Message.Contains("\"执法办案\"", StringComparison.Ordinal) && f.Message.Contains("count under 20402", StringComparison.Ordinal));
        Assert.Equal(["CODE_NAME_UNKNOWN"], content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Code).Distinct());
    }

    [SkippableFact]
    public async Task Read_TransportPdf_GeneralBudgetTableWhoseLevelsDoNotHold_PartialAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("hangzhou", "e488d33151dd", "pdf"))).Content;

        Assert.Equal("330100/DEPARTMENT/杭州市交通运输局/2026/BUDGET", content.DocumentId);
        Assert.Equal(WanYuan.Units(665964.37m), content.PrintedTotal);
        Assert.Equal(WanYuan.Units(665964.37m), content.Total);
        // 表5 prints 公路水路运输 小计 51,417.49 while 人员经费 41,277.20 + 日常公用支出 10,190.89 = 51,468.09: read by name
        // and indent its subtotals cannot hold, so the table is not taken.
        var error = Assert.Single(content.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("TABLE_UNREADABLE", "05 表5：2026年市级部门一般公共预算支出预算表"), (error.Code, error.Table));
        Assert.Equal(["CODE_NAME_UNKNOWN"], content.Findings.Where(f => f.Severity == Severity.Warning).Select(f => f.Code).Distinct());
    }

    [SkippableTheory]
    [InlineData("c0afe4e6bf13")]
    [InlineData("e488d33151dd")]
    public async Task Read_TextExport_UnevenIndents_RefusedAtTheExpenditureTableAsync(string id)
    {
        Corpus.Require();

        var error = await Assert.ThrowsAnyAsync<DisclosureFormatException>(() => DisclosureReader.ReadAsync(Corpus.National("hangzhou", id)));

        Assert.Equal("03 表3：2026年市级部门支出预算总表", error.Table);
        Assert.Contains("levels cannot be established", error.Message, StringComparison.Ordinal);
    }
}
