using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Fuzhou;

/// <summary>
/// The three Fuzhou 单位预算 of the national corpus: named from the cover ("2026 年度 / 福州市… / 单位预算", a PDF gives
/// 年度 before 2026), placed in 福州市 (350100), text and PDF read to the same lines, the total is the printed 本年支出合计.
/// 交通管理支队's only findings are true: its 20402 公安 row says 48,200.88 万元 in 表三 (text line 184) while the 项 rows
/// printed under it (2040201 22,431.07 + 2040299 16,389.79) add up to 38,820.86, and the same 9,380.02 in 表五.
/// </summary>
public class FuzhouCorpusTests
{
    [SkippableTheory]
    [InlineData("6ff17896acdc", "福州市公安局文职人员管理中心", "6053.42", 0)]
    [InlineData("ac7c3a0f82a6", "福州市公安局交通管理支队", "61764.88", 4)]
    [InlineData("bbd9dcf3d205", "福州市科学技术局(本级)", "70109.24", 0)]
    public async Task Read_TextAndPdf_PrintedTotal_SameLines_OnlyTrueWarningsAsync(string id, string unit, string printedWanYuan, int warnings)
    {
        Corpus.Require();
        var printed = WanYuan.Units(decimal.Parse(printedWanYuan, System.Globalization.CultureInfo.InvariantCulture));

        var text = (await DisclosureReader.ReadAsync(Corpus.National("fuzhou", id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("fuzhou", id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal($"350100/UNIT/{unit}/2026/BUDGET", content.DocumentId);
            Assert.Equal(printed, content.PrintedTotal);
            Assert.Equal(printed, content.Total);
            var found = content.Findings.Where(f => f.Severity != Severity.Info).ToList();
            Assert.Equal(warnings, found.Count);
            Assert.All(found, f => Assert.Equal(("HIERARCHY_SUBTOTAL_MISMATCH", WanYuan.Units(9380.02m)), (f.Code, f.Difference!.Value)));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
