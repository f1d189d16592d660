using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;

namespace Importer.Tests.Parsing;

public class TabbedTableReaderTests
{
    private static TextTable Read(params string[] lines)
    {
        var text = SourceText.FromString("t.txt", string.Join("\n", lines));
        return TabbedTableReader.Read(text, new TableStart(1, "测试表", "99 测试表"), text.LineCount + 1, NationalTableWords.All);
    }

    [Fact]
    public void Read_TabsWithEmptyCells_KeepsPositionsAndNullsEmptyCells()
    {
        var table = Read("2026年测试表", "", "单位：万元", "", "项目\t金额\t\t备注", "甲\t\t1.00\t");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["甲", null, "1.00", null], table.Rows[1].Cells);
        Assert.Equal(6, table.Rows[1].Line);
        Assert.Equal(2, table.Rows[1].Number);
    }

    [Fact]
    public void Read_PageBreakInsideTable_ContinuesRowsAndPadsShortRows()
    {
        var table = Read("测试表", "a\tb\tc\t", "1\t2.00\t3.00\t", "", "4\t5.00");

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(4, table.Rows[2].Cells.Count);
        Assert.Equal(["4", "5.00", null, null], table.Rows[2].Cells);
        Assert.Equal(5, table.Rows[2].Line);
    }

    [Fact]
    public void Read_UnitLine_IsKeptWithItsLine()
    {
        var table = Read("测试表", "部门名称：某局", "单位：万元", "a\tb");

        Assert.Equal("单位：万元", table.Unit?.Text);
        Assert.Equal(3, table.Unit?.Line);
        Assert.Equal("部门名称：某局", Assert.Single(table.Captions).Text);
    }

    [Fact]
    public void Read_EmptyTableNoteAndMultiLineNote_AreNotesNotRows()
    {
        var table = Read("测试表", "a\tb", "c\td", "", "注：1.第一条。", "2.第二条。", "", "说明：我部门没有该项预算，故本表无数据。");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(2, table.Notes.Count);
        Assert.Equal("注：1.第一条。\n2.第二条。", table.Notes[0].Text);
        Assert.Contains("无数据", table.Notes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_MalformedNumber_ThrowsLocatedError()
    {
        var table = Read("测试表", "a\tb", "甲\t12..5");

        var error = Assert.Throws<MalformedNumberException>(() => table.Amount(table.Rows[1], 1));

        Assert.Equal("t.txt", error.FileName);
        Assert.Equal("99 测试表", error.Table);
        Assert.Equal(3, error.Line);
        Assert.Equal("甲\t12..5", error.RawText);
        Assert.Contains("12..5", error.Message, StringComparison.Ordinal);
    }
}
