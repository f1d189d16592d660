using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Hangzhou;

/// <summary>
/// Hangzhou 部门预算 (national/hangzhou): no table prints a code; names are indented by level and take their codes from
/// the reference lists by name under their parent, a name no list knows keeping its level with a CODE_NAME_UNKNOWN
/// warning. Narrow cells wrap an amount's last digit ("106,512.0" / "0"). The PDFs are read; of the text exports, the
/// public-security one is read (its continued page's amounts settled by the table's subtotals) and the transport one,
/// indented unevenly, is refused at its expenditure table rather than guessed.
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

    /// <summary>
    /// The text export sets page 22 of 表3 at other columns than the header's page (first amounts end at column 43 on
    /// page 21, at 26 on page 22), so "城乡社区支出 7,600.00 7,600.00" reads 7,600.00 under 日常公用支出 by position. The
    /// rows of that page are settled by the table's own arithmetic (HierarchyPlacement): with 7,600.00 and 2,448.58 under
    /// 项目支出 — and nowhere else — every subtotal and 合计 holds, so the expenditure lines equal the PDF's.
    /// </summary>
    [SkippableFact]
    public async Task Read_PublicSecurityText_ContinuedPageSettledByItsSubtotals_SameExpenditureLinesAsThePdfAsync()
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("hangzhou", "c0afe4e6bf13"))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("hangzhou", "c0afe4e6bf13", "pdf"))).Content;

        Assert.Equal(pdf.DocumentId, text.DocumentId);
        Assert.Equal(WanYuan.Units(404415.23m), text.PrintedTotal);
        Assert.Equal(WanYuan.Units(404415.23m), text.Total);
        // 城乡社区支出 (212): 7,600.00 万元, all of it 项目支出.
        Assert.Equal(
            [(ExpenditureType.Project, WanYuan.Units(7600.00m))],
            text.Lines.Where(l => l.Kind == LineKind.Expenditure && l.FunctionalCode!.StartsWith("212", StringComparison.Ordinal))
                .GroupBy(l => l.ExpenditureType!.Value).Select(g => (g.Key, g.Sum(l => l.Amount))));
        Assert.Equal(Expenditure(pdf), Expenditure(text));
        // 表5's amounts stand on lines apart from their labels in the text export: that table alone is unreadable.
        var error = Assert.Single(text.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("TABLE_UNREADABLE", "05 表5：2026年市级部门一般公共预算支出预算表"), (error.Code, error.Table));

        static List<(string?, ExpenditureType?, long)> Expenditure(DisclosureContent content) =>
            [.. content.Lines.Where(l => l.Kind == LineKind.Expenditure).Select(l => (l.FunctionalCode, l.ExpenditureType, l.Amount)).Order()];
    }

    /// <summary>
    /// The transport text export prints 超长期特别国债安排的支出 (a 款 of 交通运输支出, in no reference list) at the 类 indent:
    /// read by name and indent, 交通运输支出's rows cannot add up whatever columns the continued pages' amounts take, so
    /// the expenditure table — and with it the total — is refused rather than guessed.
    /// </summary>
    [SkippableFact]
    public async Task Read_TransportText_UnevenIndents_RefusedAtTheExpenditureTableAsync()
    {
        Corpus.Require();

        var error = await Assert.ThrowsAnyAsync<DisclosureFormatException>(() => DisclosureReader.ReadAsync(Corpus.National("hangzhou", "e488d33151dd")));

        Assert.Equal("03 表3：2026年市级部门支出预算总表", error.Table);
        Assert.Contains("levels cannot be established", error.Message, StringComparison.Ordinal);
    }
}
