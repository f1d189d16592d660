using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing.Layout;

namespace Importer.Tests.Parsing.Layout;

/// <summary>A two-sided 基本支出决算表 as PdfPig positions it: codes a few points above their name and amount, names wrapped.</summary>
public sealed class TwoSidedRowReaderTests
{
    [Fact]
    public void Read_TwoSides_RowsTakeTheirCodesNamesAndAmountsPerSide()
    {
        var number = 0;
        LayoutLine Line(double y, params (string Text, double Left, double Right)[] words) => new(1, ++number, y, words.Select(w => new LayoutWord(w.Text, w.Left, w.Right)).ToList());
        var lines = new List<LayoutLine>
        {
            Line(184, ("科目名称", 154, 198), ("决算数", 268, 301), ("科目名称", 443, 487), ("决算数", 540, 573)),
            Line(194, ("款", 72, 83), ("款", 374, 385)),
            Line(201, ("类", 19, 30), ("类", 321, 332)),
            Line(224, ("301", 27, 43), ("262.33", 266, 296), ("302", 329, 346)),
            Line(230, ("工资福利支出", 102, 168), ("商品和服务支出", 405, 482), ("21.21", 539, 563)),
            Line(253, ("301", 27, 43), ("01", 72, 83), ("302", 329, 346)),
            Line(260, ("基本工资", 102, 146), ("262.33", 266, 296), ("01", 374, 385), ("办公费", 405, 438), ("21.21", 539, 563)),
            Line(400, ("301", 27, 43), ("08", 72, 83), ("机关事业单位基本养老保险缴", 102, 249), ("302", 329, 346)),
            Line(407, ("0.00", 271, 296), ("6", 374, 385), ("电费", 405, 427)),
            Line(413, ("费", 102, 113)),
            Line(653, ("262.33", 263, 301), ("21.21", 539, 569)),
            Line(659, ("人员经费合计", 100, 166), ("公用经费合计", 389, 455)),
        };
        var document = new LayoutDocument { FileName = "f.pdf", Kind = LayoutSourceKind.Pdf, Lines = lines };

        var rows = TwoSidedRowReader.Read(document, lines, "06 基本支出决算表", NationalTableWords.All);

        Assert.Equal(["301", "30101", "30108", "302", "30201", "30206", null], rows.Select(r => r.Row.Code));
        var pension = rows.Single(r => r.Row.Code == "30108");
        Assert.Equal("机关事业单位基本养老保险缴费", pension.Row.Name);
        Assert.Equal(["0.00", null], pension.Placed.Select(p => p?.Text));
        Assert.Equal([null, "21.21"], rows.Single(r => r.Row.Code == "30201").Placed.Select(p => p?.Text));
        Assert.Equal("电费", rows.Single(r => r.Row.Code == "30206").Row.Name);
        var total = rows[^1];
        Assert.Equal("人员经费合计|公用经费合计", total.Row.Name);
        Assert.Equal(["262.33", "21.21"], total.Placed.Select(p => p?.Text));
    }
}
