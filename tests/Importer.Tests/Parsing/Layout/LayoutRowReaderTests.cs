using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;

namespace Importer.Tests.Parsing.Layout;

/// <summary>Rows rebuilt from `pdftotext -layout` lines: codes (spaced, glued, glued to the name), wrapped names, stray values.</summary>
public sealed class LayoutRowReaderTests
{
    private static IReadOnlyList<LayoutRow> Read(params string[] lines)
    {
        var document = AlignedTextReader.Read(SourceText.FromString("t.txt", string.Join("\n", lines)));
        return LayoutRowReader.Read(document, document.Lines, "99 测试表", classified: true, NationalTableWords.All);
    }

    [Fact]
    public void Read_SpacedAndGluedCodes_SameCodeAndName()
    {
        var rows = Read(
            "201   05   07   专项普查活动       438,300      438,300",
            "2010507专项普查活动              438,300      438,300",
            "20105   统计信息事务              438,300      438,300");

        Assert.Equal(["2010507", "2010507", "20105"], rows.Select(r => r.Code));
        Assert.Equal(["专项普查活动", "专项普查活动", "统计信息事务"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.Equal(["438,300", "438,300"], r.Amounts.Select(a => a.Text)));
    }

    [Fact]
    public void Read_OnlyTheLastThousandsSeparator_AmountsStayAmounts()
    {
        var row = Assert.Single(Read("208   01       人力资源和社会保障管理事务             121748,642    113868,642                  7880,000"));

        Assert.Equal(("20801", "人力资源和社会保障管理事务"), (row.Code, row.Name));
        Assert.Equal(["121748,642", "113868,642", "7880,000"], row.Amounts.Select(a => a.Text));
    }

    [Fact]
    public void Read_DecimalsWrappedOntoTheNextLines_JoinedToTheirAmounts()
    {
        // Chongqing's narrow cells: each line after the row starts with the decimals of the amount above it.
        var rows = Read(
            "221             住房保障支出           1,947",
            "                                     .94 1,811",
            "                                             .88                49",
            "                                                                 .06                   87",
            "                                                                                        .01",
            " 22102           住房改革支出          1,947.94 1,811.88 49.06 87.01");

        Assert.Equal(["221", "22102"], rows.Select(r => r.Code));
        Assert.Equal("住房保障支出", rows[0].Name);
        Assert.All(rows, r => Assert.Equal(["1,947.94", "1,811.88", "49.06", "87.01"], r.Amounts.Select(a => a.Text)));
    }

    [Fact]
    public void Read_DecimalsWrappedBesideTheOtherSidesLabel_OnlyTheDecimalsJoinTheLineAbove()
    {
        var document = AlignedTextReader.Read(SourceText.FromString("t.txt", string.Join("\n",
            "一、一般公共预算资金                     101,833",
            "                                     .84 一、一般公共服务支出                    23,103",
            "                                                                            .76")));

        var rows = LayoutRowReader.Read(document, document.Lines, "01 收支总表", classified: false, NationalTableWords.All);

        Assert.Equal([["一、一般公共预算资金", "101,833.84"], ["一、一般公共服务支出", "23,103.76"]], rows.Select(r => r.Cells));
    }

    [Fact]
    public void Read_DecimalsWithNoAmountAbove_AreNotJoinedAndTheRowIsRefused()
    {
        Assert.Throws<MalformedRowException>(() => Read(
            "221             住房保障支出",
            "                                     .94 1,811"));
    }

    [Fact]
    public void Read_NameWrappedAroundItsAmounts_OneRowWithTheWholeName()
    {
        var rows = Read(
            "     预算单位          科目编码       科目名称    支出总计        基本支出        项目支出",
            "深圳市市场监督管理局深汕监管",
            "                                       3,703.39    1,613.92       2,089.48",
            "局",
            "                 201       一般公共服务支出    3,073.49    1,071.92       2,001.58");

        Assert.Equal([(null, "深圳市市场监督管理局深汕监管局"), ("201", "一般公共服务支出")], rows.Select(r => (r.Code, r.Name)));
        Assert.Equal(["3,703.39", "1,613.92", "2,089.48"], rows[0].Amounts.Select(a => a.Text));
    }

    [Fact]
    public void Read_YearBeforeNianInAHeader_IsNoAmount()
    {
        var rows = Read(
            "                                                            2026 年政府采购项目",
            "     预算单位          科目编码       科目名称    支出总计        基本支出        项目支出",
            "                 201       一般公共服务支出    3,073.49    1,071.92       2,001.58");

        var row = Assert.Single(rows);
        Assert.Equal("201", row.Code);
    }

    [Fact]
    public void Read_CodeNameCells_TheKeyedCellClassifiesTheRow_WrappedNameTakesTheAmountsBelow()
    {
        var document = AlignedTextReader.Read(SourceText.FromString("t.txt", string.Join("\n",
            "2050803-培训支出           50203-培训费           30216-培训费                     243.445664      17.200000     226.245664",
            "2080505-机关事业单位基本养老保险缴费",
            "                       50102-社会保障缴费        30108-机关事业单位基本养老保险缴费          604.162560     604.162560",
            "支出")));
        var functional = BudgetGraph.Ingest.Formats.Layout.DashedCodeCells.Keep(document.Lines, '2');
        var economic = BudgetGraph.Ingest.Formats.Layout.DashedCodeCells.Keep(document.Lines, '3');

        var rows = LayoutRowReader.Read(document, functional, "03 支出总表", classified: true, NationalTableWords.All);
        Assert.Equal([("2050803", "培训支出"), ("2080505", "机关事业单位基本养老保险缴费支出")], rows.Select(r => (r.Code!, r.Name!)));
        Assert.Equal(["604.162560", "604.162560"], rows[1].Amounts.Select(a => a.Text));
        Assert.Equal(["30216 培训费 243.445664 17.200000 226.245664", "支出"], [economic[0].Text, economic[3].Text]);
    }

    [Fact]
    public void Read_LastDigitWrappedUnderTheRow_JoinedToItsCell()
    {
        var document = AlignedTextReader.Read(SourceText.FromString("t.txt", string.Join("\n",
            "                                                                              576,171.1",
            "合计                                  665,964.37       73,924.43   15868.83",
            "                                                                                        1")));

        var row = Assert.Single(LayoutRowReader.Read(document, document.Lines, "03 支出预算总表", classified: false, NationalTableWords.All));

        Assert.Equal(["合计", "665,964.37", "73,924.43", "15868.83", "576,171.11"], row.Cells);
    }

    [Fact]
    public void Read_AmountsGluedToTheLabel_IsALocatedErrorNotADigitName()
    {
        var error = Assert.Throws<MalformedRowException>(() => Read(
            "201   05   07   专项普查活动       438,300      438,300",
            "20801 人力资源和社会保障管理事务121748,642113868,6427880,000"));

        Assert.Equal(("t.txt", "99 测试表", 2), (error.FileName, error.Table, error.Line));
        Assert.Contains("glued", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedPageHeader_IsNotARow()
    {
        var rows = Read(
            "201             一般公共服务支出        3,296,600    0    3,296,600",
            "\f                       项目                        一般公共预算支出",
            "功能分类科目编码",
            "                         功能分类科目名称   合计     基本支出     项目支出",
            "类     款    项",
            "204             公共安全支出            2,878,025    0    2,878,025");

        Assert.Equal([("201", 1), ("204", 2)], rows.Select(r => (r.Code!, r.Page)));
    }

    [Fact]
    public void Read_NameWrappedOntoTheNextLines_ContinuesTheRow()
    {
        var rows = Read(
            "208   05   05                   160.75       160.75",
            "                机关事业单位基本养老保险",
            "                缴费支出",
            "208   05   99   其他行政事业单位养老支出      0.94         0.94");

        Assert.Equal("机关事业单位基本养老保险缴费支出", rows[0].Name);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Read_OneDigitPart_IsZeroPadded()
    {
        var row = Assert.Single(Read(" 301   2     津贴补贴    16,623,810   16,623,810   0"));

        Assert.Equal("30102", row.Code);
    }

    [Fact]
    public void Read_AmountsOnALineOfTheirOwn_LocatedError()
    {
        var error = Assert.Throws<MalformedRowException>(() => Read(
            "                                           1,503.52   603.14",
            "201             一般公共服务支出        2,106.66"));

        Assert.Equal((1, "99 测试表"), (error.Line, error.Table));
    }

    [Fact]
    public void Read_TotalRow_IsTotal()
    {
        var row = Assert.Single(Read("                        合计          189,767,551     101,341,746    88,425,805"));

        Assert.True(row.IsTotal);
        Assert.Equal(3, row.Amounts.Count);
    }
}
