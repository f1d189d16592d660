using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Parsing.Layout;

/// <summary>Rows rebuilt from PdfPig word positions on real corpus PDFs.</summary>
public sealed class PdfLayoutReaderTests
{
    [SkippableFact]
    public void Read_Wanli2025Pdf_WordsGroupIntoTableRows()
    {
        Corpus.Require();

        var source = DisclosureSource.FromBytes("w.pdf", File.ReadAllBytes(Corpus.Wanli(2025, "pdf")));

        Assert.True(source.IsPdf);
        var title = source.Layout.Lines.First(l => l.Compact == "2025年部门支出预算总表");
        var line = source.Layout.Lines.SkipWhile(l => l != title).First(l => l.Text.StartsWith("212 01 城乡社区管理事务", StringComparison.Ordinal));
        Assert.Equal("212 01 城乡社区管理事务 94,995,790 77,381,546 17,614,243", line.Text);
        Assert.Contains("比2024年预算增加", string.Concat(Enumerable.Range(1, source.Text.LineCount).Select(i => source.Text[i])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ScanWithoutTextLayer_NotADisclosureWithItsOwnReasonAsync()
    {
        // Two pages of drawing and no text, as a scanned document's pages are images without a text layer.
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600, fill: true);
        var path = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, builder.Build());
        try
        {
            var error = await Assert.ThrowsAsync<NotADisclosureException>(() => BudgetGraph.Ingest.Loading.DisclosureReader.ReadAsync(path));

            Assert.Contains("no text layer (2 pages)", error.Message, StringComparison.Ordinal);
            Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void Read_LoweredColonsAndSplitPageNumbers_JoinTheirLine()
    {
        Corpus.Require();

        var source = DisclosureSource.FromBytes("c.pdf", File.ReadAllBytes(Corpus.National("chongqing", "5c6aea1e7970", "pdf")));

        // 重庆市商务委员会 sets each caption's colons a few points below the caption, and page numbers' digits above their
        // dashes ("1 3" over "— —" for "— 13 —").
        var title = source.Layout.Lines.First(l => l.Compact == "年部门支出总体情况表");
        var caption = source.Layout.Lines.SkipWhile(l => l != title).First(l => l.Compact.StartsWith("单位名称", StringComparison.Ordinal));
        Assert.Equal(["单位名称:重庆市商务委员会", "单位:万元"], caption.Words.Select(w => w.Text));
        var page = source.Layout.Lines.Where(l => l.Page == title.Page).ToList();
        var furniture = PageFurniture.Of(source.Layout);
        Assert.Equal(["1 2", "— —"], page.TakeLast(2).Select(l => l.Text));
        Assert.All(page.TakeLast(2), l => Assert.True(furniture.Contains(l)));
        Assert.DoesNotContain(page.SkipLast(2), furniture.Contains);
    }

    [SkippableFact]
    public void Read_FinalAccountsPdf_CentredCellsJoinTheirRow()
    {
        Corpus.Require();

        var source = DisclosureSource.FromBytes("f.pdf", File.ReadAllBytes(Corpus.ShanghaiPdf("shanghai-putuo_caizhengju_2024_final-accounts_dept.pdf")));
        // 支出决算表 prints 基本支出/项目支出 a few points above the row's code and its name wrapped above and below.
        var title = source.Layout.Lines.First(l => l.Compact == "支出决算表");
        var lines = source.Layout.Lines.Where(l => l.Page == title.Page).ToList();
        var rows = LayoutRowReader.Read(source.Layout, lines, "03 支出决算表", classified: true, NationalTableWords.All);

        var admin = rows.Single(r => r.Code == "2010601");
        Assert.Equal(["1,511.89", "1,503.52", "8.37"], admin.Amounts.Select(a => a.Text));
        Assert.Equal("机关事业单位基本养老保险缴费支出", rows.Single(r => r.Code == "2080505").Name);
    }
}
