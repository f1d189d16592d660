using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Parsing.Layout;

/// <summary>
/// Henan's export keeps its empty cells, so a word's position is its cell's index (TabbedCellsReader) and the shared
/// table reader places amounts by the header above them, as it does for aligned text and PDFs. The first step of Henan
/// as a profile of the layout reader: table 03 read by it gives the figures Henan's own reader gives.
/// </summary>
public sealed class TabbedCellsReaderTests
{
    [Fact]
    public void Read_CellsKeepTheirIndex_WordsOfOneCellSideBySide()
    {
        var document = TabbedCellsReader.Read(SourceText.FromString("t.txt", "201\t03\t\t\t行政 运行\t195.60\n"));

        var words = Assert.Single(document.Lines).Words;
        Assert.Equal(["201", "03", "行政", "运行", "195.60"], words.Select(w => w.Text));
        Assert.Equal([0, 1, 4, 4.5, 5], words.Select(w => w.Left));
        Assert.Equal(LayoutSourceKind.TabbedCells, document.Kind);
    }

    [Fact]
    public void LooksLike_OnlyTextThatKeepsEmptyCells()
    {
        Assert.True(TabbedCellsReader.LooksLike(SourceText.FromString("a.txt", "x\t\ty\n")));
        Assert.False(TabbedCellsReader.LooksLike(SourceText.FromString("b.txt", "x\ty\nz  w\n")));
    }

    /// <summary>
    /// 2026年部门支出总体情况表 (reference disclosure, lines 253–261): headers on three rows (合计 | 基本支出: 小计, 工资福利支出,
    /// 对个人和家庭的补助, 商品和服务支出, 资本性支出 | 项目支出: 小计, 其他运转类, 特定目标类), the 合计 row, the unit row (028) and
    /// four 项 rows with split 类/款/项 codes. Each 项 row's amounts land in the columns the header above them names.
    /// </summary>
    [Fact]
    public void SharedTableReader_HenanExpenditureTable_ItemsInTheirHeadersColumns()
    {
        var source = DisclosureSource.FromText(SourceText.FromBytes(Path.GetFileName(RepositoryPaths.ReferenceDisclosure), File.ReadAllBytes(RepositoryPaths.ReferenceDisclosure)));
        var spec = new TableSpec("03", "部门支出总体情况表", ["合计", "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "小计", "其他运转类", "特定目标类"])
        {
            Sums = [new(0, [1, 6]), new(1, [2, 3, 4, 5]), new(6, [7, 8])],
        };

        var starts = LayoutCatalog.FindStarts(source.Layout, [spec, new TableSpec("04", "财政拨款收支总体情况表")], "");
        var table = LayoutTableReader.ReadAll(source, starts).Single(t => t.Spec == spec);

        Assert.Equal(LayoutSourceKind.TabbedCells, source.Layout.Kind);
        var items = table.Classified.Where(r => r.Code is { Length: 7 }).Select(r => (r.Code, string.Join(" ", r.Printed.Select(p => p ?? "-")))).ToList();
        Assert.Equal(
            [
                ("2010301", "195.60 195.60 168.39 14.39 12.82 - - - -"),
                ("2010399", "20.59 - - - - - 20.59 20.59 -"),
                ("2080505", "16.43 16.43 16.43 - - - - - -"),
                ("2210201", "18.03 18.03 18.03 - - - - - -"),
            ],
            items);
        Assert.Equal("250.65 230.06 202.85 14.39 12.82 - 20.59 20.59 -", string.Join(" ", table.Total!.Printed.Select(p => p ?? "-")));
    }
}
