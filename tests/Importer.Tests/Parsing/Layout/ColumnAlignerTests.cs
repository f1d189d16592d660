using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;

namespace Importer.Tests.Parsing.Layout;

/// <summary>Amounts placed in columns when cells are empty: the ruler is a full row of the same page.</summary>
public sealed class ColumnAlignerTests
{
    private static (LayoutDocument Document, IReadOnlyList<LayoutRow> Rows) Read(params string[] lines)
    {
        var document = (lines[0].Contains('\t', StringComparison.Ordinal) ? (Func<SourceText, LayoutDocument>)TabbedPagesReader.Read : AlignedTextReader.Read)(
            SourceText.FromString("t.txt", string.Join("\n", lines)));
        return (document, LayoutRowReader.Read(document, document.Lines, "99 测试表", classified: true, NationalTableWords.All));
    }

    [Fact]
    public void Place_EmptyMiddleCell_ValueGoesToTheLastColumn()
    {
        var (document, rows) = Read(
            "201   06   01   行政运行                     16,231,840.80   16,093,326.00     138,514.80",
            "201   06   02   一般行政管理事务                   100,000.00                      100,000.00",
            "208   05   01   行政单位离退休                    877,080.00      877,080.00");
        var aligner = new ColumnAligner(document, rows, 3);

        Assert.Equal(["100,000.00", null, "100,000.00"], aligner.Place(rows[1], "t.txt", "99").Select(w => w?.Text));
        Assert.Equal(["877,080.00", "877,080.00", null], aligner.Place(rows[2], "t.txt", "99").Select(w => w?.Text));
    }

    [Fact]
    public void Place_TooManyAmounts_LocatedError()
    {
        var (document, rows) = Read("201   一般公共服务支出   1   2   3   4");

        var error = Assert.Throws<MalformedRowException>(() => new ColumnAligner(document, rows, 3).Place(rows[0], "t.txt", "99 测试表"));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_TabbedPages_CellsWithoutPositionsFillLeftToRight()
    {
        var (document, rows) = Read("201\t05\t统计信息事务\t438,300\t0\t438,300", "-- PAGE_BREAK --", "合计\t189,767,551\t101,341,746\t88,425,805");

        Assert.False(document.HasPositions);
        Assert.Equal([1, 2], rows.Select(r => r.Page));
        Assert.Equal(["438,300", "0", "438,300"], new ColumnAligner(document, rows, 3).Place(rows[0], "t.txt", "99").Select(w => w?.Text));
    }
}
