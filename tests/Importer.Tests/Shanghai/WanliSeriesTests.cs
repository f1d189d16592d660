using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>The 万里街道办事处 budgets 2023–2025 (pdftotext layout exports), against the figures they publish.</summary>
public sealed class WanliSeriesTests
{
    [SkippableTheory]
    [InlineData(2023, 164_978_640)]
    [InlineData(2024, 156_211_123)]
    [InlineData(2025, 189_767_551)]
    public async Task Read_WanliBudget_TotalIsThePublishedTotal(int year, long yuan)
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Wanli(year))).Content;

        Assert.Equal("shanghai-dept-budget", content.Family);
        Assert.Equal($"310107/DEPARTMENT/上海市普陀区人民政府万里街道办事处/{year}/BUDGET", content.DocumentId);
        Assert.Equal(yuan * Money.UnitsPerYuan, content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
        Assert.Equal(yuan * Money.UnitsPerYuan, content.Lines.Where(l => l.Kind == LineKind.Income).Sum(l => l.Amount));
        Assert.Equal(yuan * Money.UnitsPerYuan, content.Lines.Where(l => l.Kind == LineKind.Economic).Sum(l => l.Amount));
    }

    [SkippableFact]
    public async Task Read_Wanli2025_Item21201IsPublishedWithItsName()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Wanli(2025))).Content;

        // The 款 row prints 94,995,790 元; its 项 rows (the lines, counted once) add up to 94,995,789 — the document's
        // own rounding from fen, reported as an INFO finding.
        var printed = content.Tables.Single(t => t.Number == "03").Rows.Single(r => r.Cells is ["212", "01", null, ..]);
        Assert.Contains("94,995,790", printed.Cells);
        var amount = content.Lines.Where(l => l.Kind == LineKind.Expenditure && l.FunctionalCode!.StartsWith("21201", StringComparison.Ordinal)).Sum(l => l.Amount);
        Assert.Equal(94_995_789L * Money.UnitsPerYuan, amount);
        var node = Assert.Single(content.Classification, n => n.Scheme == ClassificationScheme.Functional && n.Code == "21201");
        Assert.Equal(("城乡社区管理事务", NameOrigin.Published, 2, "212"), (node.Name, node.NameOrigin, node.Level, node.ParentCode));
        Assert.Contains(content.Classification, n => n.Code == "2120101" && n.Name == "行政运行" && n.Level == 3);
    }

    [SkippableFact]
    public async Task Read_Wanli2025_LinesComeFromLeafRowsOnly()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Wanli(2025))).Content;

        Assert.All(content.Lines.Where(l => l.Kind == LineKind.Expenditure), l => Assert.Equal(7, l.FunctionalCode!.Length));
        Assert.All(content.Lines.Where(l => l.Kind == LineKind.Expenditure), l => Assert.Contains(l.ExpenditureType, new ExpenditureType?[] { ExpenditureType.Basic, ExpenditureType.Project }));
        var project = Assert.Single(content.Lines, l => l.Marker == "PROJECT");
        Assert.Equal(88_425_805L * Money.UnitsPerYuan, project.Amount);
        Assert.Equal(101_341_746L * Money.UnitsPerYuan, content.Lines.Where(l => l.Kind == LineKind.Economic && l.Marker is null).Sum(l => l.Amount));
    }

    [SkippableTheory]
    [InlineData(2024, 2023, -876.75)]
    [InlineData(2025, 2024, 3355.65)]
    public async Task Read_WanliNarrative_StatesTheChangeOfTotalExpenditure(int year, int baseYear, decimal wanYuan)
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Wanli(year))).Content;

        var stated = Assert.Single(content.Comparisons, c => c.Subject == "TOTAL_EXPENDITURE");
        Assert.Equal((baseYear, WanYuan.Units(wanYuan), 2), (stated.BaseYear, stated.Change, stated.ChangeDecimals));
    }

    [SkippableFact]
    public async Task Read_Wanli2025_SubtotalsOffByOneYuanAreWithinRounding()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Wanli(2025))).Content;

        // 212 01's items add up to 94,995,789 元 against a printed 94,995,790: 元 rounded from fen, reported as INFO.
        var finding = Assert.Single(content.Findings, f => f.Code == "HIERARCHY_SUBTOTAL_MISMATCH" && f.Table!.StartsWith("03", StringComparison.Ordinal) && f.Message.Contains("21201", StringComparison.Ordinal));
        Assert.Equal((Severity.Info, 1L * Money.UnitsPerYuan), (finding.Severity, finding.Difference));
        Assert.DoesNotContain(content.Findings, f => f.Severity == Severity.Warning);
    }
}
