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

    /// <summary>
    /// 2026年一般公共预算支出情况表 (lines 316–324) prints its third header row shifted three cells left (工资福利支出 over
    /// cell 4, 对个人和家庭补助 …): the grid's amount columns are adjacent cells from the leftmost amount, so 2010399's
    /// 20.59 lands in 项目支出 (cells 12 and 13) as printed, not in 基本支出 where the sums alone would also allow it; the
    /// row 028, a unit the document lists, is that unit's row (counted, as citations number rows) and the rows below it are
    /// that unit's.
    /// </summary>
    [Fact]
    public void SharedTableReader_HenanShiftedHeader_AmountsInTheirCells_UnitRowOwnsTheRowsBelow()
    {
        var source = DisclosureSource.FromText(SourceText.FromBytes(Path.GetFileName(RepositoryPaths.ReferenceDisclosure), File.ReadAllBytes(RepositoryPaths.ReferenceDisclosure)));
        var spec = new TableSpec("05", "一般公共预算支出情况表", ["合计", "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "小计", "其他运转类", "特定目标类"])
        {
            Sums = [new(0, [1, 6]), new(1, [2, 3, 4, 5]), new(6, [7, 8])],
        };

        var starts = LayoutCatalog.FindStarts(source.Layout, [spec, new TableSpec("06", "一般公共预算基本支出表")], "");
        var table = LayoutTableReader.ReadEach(source, starts, [], unitCodes: new HashSet<string>(["028", "028001"])).Single(t => t.Spec == spec);

        Assert.Equal(
            [
                (1, null, null, false, "250.65 230.06 202.85 14.39 12.82 - 20.59 20.59 -"),
                (2, null, "028", true, "250.65 230.06 202.85 14.39 12.82 - 20.59 20.59 -"),
                (3, "2010301", "028", false, "195.60 195.60 168.39 14.39 12.82 - - - -"),
                (4, "2010399", "028", false, "20.59 - - - - - 20.59 20.59 -"),
                (5, "2080505", "028", false, "16.43 16.43 16.43 - - - - - -"),
                (6, "2210201", "028", false, "18.03 18.03 18.03 - - - - - -"),
            ],
            table.Classified.Select(r => (r.Number, r.Code, r.UnitCode, r.IsUnitRow, string.Join(" ", r.Printed.Select(p => p ?? "-")))));
        var cited = table.Cite(table.Classified[3], "其他运转类", isPdf: false);
        Assert.Equal((4, 322, (int?)null), (cited.Row, cited.Line, cited.Page));
        Assert.Equal(["2010301", "2010399", "2080505", "2210201"], table.Leaves.Select(r => r.Code));
    }

    /// <summary>A grid table whose header spans more amount cells than the profile's columns is another layout: not read by it.</summary>
    [Fact]
    public void SharedTableReader_GridWiderThanTheProfilesColumns_Unreadable()
    {
        var text = "2026年部门支出总体情况表\n单位：万元\n科目编码\t\t\t名称\t合计\t基本支出\t项目支出\t其他\n\t\t\t合计\t3.00\t1.00\t2.00\t\n201\t03\t01\t行政运行\t3.00\t1.00\t2.00\t\n";
        var source = DisclosureSource.FromText(SourceText.FromString("grid.txt", text));
        var spec = new TableSpec("03", "部门支出总体情况表", ["合计", "基本支出", "项目支出"]);
        var unreadable = new List<(TableSpec Spec, DisclosureFormatException Error)>();

        var tables = LayoutTableReader.ReadEach(source, LayoutCatalog.FindStarts(source.Layout, [spec], ""), unreadable);

        Assert.Empty(tables);
        var error = Assert.Single(unreadable).Error;
        Assert.Contains("the header spans 4 amount columns (cells 5–8), the table as the profile knows it has 3", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 2026年支出经济分类汇总表 (lines 375–401): each row prints its department economic code split into 类 and 款, its
    /// name, then the government code split the same way and its name ("303 02 退休费 509 05 离退休费 13.89 …"); the unit
    /// row 028 precedes them. Rows are classified by the first code, the second kept beside it, the 总计 column read by cell.
    /// </summary>
    [Fact]
    public void SharedTableReader_HenanSummaryTable_SplitCodePairs_SecondCodeKept()
    {
        var source = DisclosureSource.FromText(SourceText.FromBytes(Path.GetFileName(RepositoryPaths.ReferenceDisclosure), File.ReadAllBytes(RepositoryPaths.ReferenceDisclosure)));
        string[] columns = ["总计", "小计", "其中：财政拨款", "政府性基金", "国有资本经营预算", "上年结转结余", "财政专户管理资金收入", "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入"];
        var spec = new TableSpec("07", "支出经济分类汇总表", columns, FirstColumnIsSum: false) { SecondCode = '5', KeepSecondCode = true };

        var starts = LayoutCatalog.FindStarts(source.Layout, [spec, new TableSpec("08", "“三公”经费支出情况表")], "");
        var table = LayoutTableReader.ReadEach(source, starts, [], unitCodes: new HashSet<string>(["028"])).Single(t => t.Spec == spec);

        Assert.Equal("250.65", table.Total!.Printed[0]);
        Assert.True(table.Classified[1].IsUnitRow);
        Assert.Equal(
            [("30302", "退休费", "50905", "离退休费", "13.89"), ("30102", "津贴补贴", "50101", "工资奖金津补贴", "5.78"), ("30102", "津贴补贴", "50501", "工资福利支出", "9.24")],
            table.Coded.Take(3).Select(r => (r.Code!, r.Name!, r.SecondCode!, r.SecondName!, r.Printed[0]!)));
        Assert.Equal(246.90m, table.Coded.Sum(r => r.Amount(0)) / 100_000_000m);
    }

    [Fact]
    public void TakeSecondCodes_WholeOrSplit_TakenWithTheirName_AmountsStay()
    {
        var lines = TabbedCellsReader.Read(SourceText.FromString("t.txt", "30101\t基本工资\t50101\t工资奖金津补贴\t3.00\n303\t02\t退休费\t509\t05\t离退休费\t13.89\n30101\t基本工资\t1.00\t2.00\n")).Lines;

        var (kept, codes) = DashedCodeCells.TakeSecondCodes(lines, '5');

        Assert.Equal(["30101 基本工资 3.00", "303 02 退休费 13.89", "30101 基本工资 1.00 2.00"], kept.Select(l => string.Join(" ", l.Words.Select(w => w.Text))));
        Assert.Equal([((1, 1), ("50101", "工资奖金津补贴")), ((1, 2), ("50905", "离退休费"))], codes.Select(c => ((c.Key.Page, c.Key.Line), c.Value)).OrderBy(c => c.Item1.Line));
    }
}
