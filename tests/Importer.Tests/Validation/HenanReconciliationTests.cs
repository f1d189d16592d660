using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;
using static Importer.Tests.Infrastructure.WanYuan;

namespace Importer.Tests.Validation;

public class HenanReconciliationTests
{
    private static async Task<IReadOnlyList<FindingRecord>> ReadFindingsAsync(string path) => (await DisclosureReader.ReadAsync(path)).Content.Findings;

    [Fact]
    public async Task Reconcile_Reference_Table07GapIsAWarningExplainedByTheWelfareRowsAsync()
    {
        var findings = await ReadFindingsAsync(RepositoryPaths.ReferenceDisclosure);

        var gap = Assert.Single(findings, f => f.Severity == Severity.Warning);
        Assert.Equal("ECONOMIC_SUMMARY_TOTAL_MISMATCH", gap.Code);
        Assert.Equal("07 支出经济分类汇总表", gap.Table);
        Assert.Equal(Units(3.75m), gap.Difference);
        Assert.Contains("246.90 万元", gap.Message, StringComparison.Ordinal);
        Assert.Contains("250.65 万元", gap.Message, StringComparison.Ordinal);
        Assert.Contains("30229 福利费", gap.Message, StringComparison.Ordinal);
        Assert.Contains("(3.18 万元, row 22)", gap.Message, StringComparison.Ordinal);
        Assert.Equal(
        [
            ("07 支出经济分类汇总表", 1, 377, "总计"),
            ("06 一般公共预算基本支出表", 22, 357, "合计"),
            ("06 一般公共预算基本支出表", 25, 360, "合计"),
        ], gap.Locations.Select(l => (l.Table, l.Row, l.Line!.Value, l.Column!)));
    }

    [Fact]
    public async Task Reconcile_Reference_RoundingDifferencesAreInfoAndNothingElseIsReportedAsync()
    {
        var findings = await ReadFindingsAsync(RepositoryPaths.ReferenceDisclosure);

        var infos = findings.Where(f => f.Severity == Severity.Info).ToList();
        Assert.Equal(3, findings.Count);
        Assert.Equal(["合计", "公用经费"], infos.Select(f => f.Locations[0].Column));
        Assert.All(infos, f => Assert.Equal(("TABLE_TOTAL_MISMATCH", "06 一般公共预算基本支出表", Units(0.01m)), (f.Code, f.Table!, f.Difference!.Value)));
    }

    [Fact]
    public async Task Reconcile_ConsistentDocument_HasNoFindingsAsync() =>
        Assert.Empty(await ReadFindingsAsync(RepositoryPaths.TestData("henan-minimal.txt")));

    /// <summary>
    /// Tables 03 and 05 get the checks every classified table gets (one implementation, the national codes): the 行政运行
    /// row of 03 misprinted as 196.60 in its 合计 (its parts are 195.60 + nothing) breaks its row split, the table's 合计
    /// column and the unit row's, each located at the stated cell that disagrees.
    /// </summary>
    [Fact]
    public async Task Reconcile_Table03RowMisprinted_RowSplitAndTableTotal_LocatedAtItsCellsAsync()
    {
        var content = await ReadChangedAsync("2026年部门支出总体情况表\n", "201\t03\t01\t\t行政运行\t195.60\t195.60", "201\t03\t01\t\t行政运行\t196.60\t195.60");
        var findings = content.Findings.Where(f => f.Table == "03 部门支出总体情况表").ToList();

        var split = Assert.Single(findings, f => f.Code == "ROW_SPLIT_MISMATCH");
        Assert.Equal(Units(1m), Math.Abs(split.Difference!.Value));
        Assert.Equal([(3, 258, "合计")], split.Locations.Select(l => (l.Row, l.Line!.Value, l.Column!)));
        Assert.Contains("基本支出/小计 + 项目支出/小计 add up to 195.60 万元, while 合计 says 196.60 万元", split.Message, StringComparison.Ordinal);
        var total = Assert.Single(findings, f => f.Code == "TABLE_TOTAL_MISMATCH");
        Assert.Equal(Units(1m), Math.Abs(total.Difference!.Value));
        Assert.Equal((1, 256, "合计"), (total.Locations[0].Row, total.Locations[0].Line!.Value, total.Locations[0].Column!));
        // The unit row 028 (250.65) no longer agrees with the rows under it either.
        var unit = Assert.Single(findings, f => f.Code == "HIERARCHY_SUBTOTAL_MISMATCH");
        Assert.Equal((2, 257, "合计"), (unit.Locations[0].Row, unit.Locations[0].Line!.Value, unit.Locations[0].Column!));
        Assert.Equal(3, findings.Count);
    }

    /// <summary>
    /// A unit's row states the sum of the rows listed under it: table 03's row 028 printed as 251.65 against its four
    /// 项 rows' 250.65 is a HIERARCHY_SUBTOTAL_MISMATCH located at the unit's row (and its own split no longer holds).
    /// </summary>
    [Fact]
    public async Task Reconcile_Table03UnitRowMisprinted_AgainstTheRowsUnderIt_LocatedAtTheUnitRowAsync()
    {
        var content = await ReadChangedAsync("2026年部门支出总体情况表\n", "\t\t\t028\t新乡市红旗区行政审批和政务信息管理局\t250.65", "\t\t\t028\t新乡市红旗区行政审批和政务信息管理局\t251.65");
        var findings = content.Findings.Where(f => f.Table == "03 部门支出总体情况表").ToList();

        var unit = Assert.Single(findings, f => f.Code == "HIERARCHY_SUBTOTAL_MISMATCH");
        Assert.Equal(Units(1m), unit.Difference);
        Assert.Equal((2, "合计"), (unit.Locations[0].Row, unit.Locations[0].Column!));
        Assert.Contains("the rows under unit 028 新乡市红旗区行政审批和政务信息管理局 add up to 250.65 万元, while row 2", unit.Message, StringComparison.Ordinal);
        Assert.Equal(["HIERARCHY_SUBTOTAL_MISMATCH", "ROW_SPLIT_MISMATCH"], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Tables 01 and 04 get the overview checks every profile's get (<c>LayoutReconciler</c>, <c>FiscalOverviewCheck</c>),
    /// located at the cells as citations number them (data rows, the header rows apart): 01's 收入总计 printed 251.65
    /// against 支出总计 250.65.
    /// </summary>
    [Fact]
    public async Task Reconcile_OverviewIncomeTotalMisprinted_IncomeExpenditureMismatchAtItsCellAsync()
    {
        var content = await ReadChangedAsync("2026年部门收支总体情况表\n", "收入总计\t250.65\t支出总计", "收入总计\t251.65\t支出总计");

        var finding = Assert.Single(content.Findings, f => f.Table == "01 部门收支总体情况表");
        Assert.Equal(("INCOME_EXPENDITURE_MISMATCH", Severity.Warning, Units(1m)), (finding.Code, finding.Severity, finding.Difference!.Value));
        Assert.Equal([(33, 228, "收入总计")], finding.Locations.Select(l => (l.Row, l.Line!.Value, l.Column!)));
        Assert.Contains("支出总计 is 250.65 万元, while 收入总计 says 251.65 万元", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 01's 本年支出合计 is the document's printed total and must equal table 03's 合计 (a check Henan's own reader never
    /// made): printed 249.65, it is the printed total still, while the lines give 250.65, and the disagreement is reported.
    /// </summary>
    [Fact]
    public async Task Reconcile_OverviewSpendingMisprinted_PrintedTotalAsPrinted_OverviewTotalMismatchAsync()
    {
        var content = await ReadChangedAsync("2026年部门收支总体情况表\n", "本年支出合计\t250.65", "本年支出合计\t249.65");

        Assert.Equal((Units(249.65m), Units(250.65m)), (content.PrintedTotal!.Value, content.Total));
        var finding = Assert.Single(content.Findings, f => f.Code == "OVERVIEW_TOTAL_MISMATCH");
        Assert.Equal(("03 部门支出总体情况表", Units(-1m)), (finding.Table!, finding.Difference!.Value));
        Assert.Equal([("01 部门收支总体情况表", 31, 226, "本年支出合计"), ("03 部门支出总体情况表", 1, 256, "合计")], finding.Locations.Select(l => (l.Table, l.Row, l.Line!.Value, l.Column!)));
    }

    /// <summary>
    /// Table 04 restates 01's fiscal income items one by one, a blank cell being 0: its first （二）政府性基金预算拨款
    /// (本年收入's, not 上年结转's) printed 5.00 where 01's 二、政府性基金预算拨款收入 is blank.
    /// </summary>
    [Fact]
    public async Task Reconcile_FiscalItemMisprinted_FiscalOverviewMismatchAgainstTheBlankOverviewItemAsync()
    {
        var content = await ReadChangedAsync("2026年财政拨款收支总体情况表\n", "（二）政府性基金预算拨款\t\t", "（二）政府性基金预算拨款\t5.00\t");

        var finding = Assert.Single(content.Findings, f => f.Table == "04 财政拨款收支总体情况表");
        Assert.Equal(("FISCAL_OVERVIEW_MISMATCH", Severity.Warning, Units(5m)), (finding.Code, finding.Severity, finding.Difference!.Value));
        Assert.Equal([(4, 277, "（二）政府性基金预算拨款"), (3, 198, "二、政府性基金预算拨款收入")], finding.Locations.Select(l => (l.Row, l.Line!.Value, l.Column!)));
        Assert.Contains("states 二、政府性基金预算拨款收入 as 0.00 万元", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>04's two sides: 收入合计 printed 250.75 against 支出合计 250.65.</summary>
    [Fact]
    public async Task Reconcile_FiscalIncomeTotalMisprinted_FiscalIncomeExpenditureMismatchAsync()
    {
        var content = await ReadChangedAsync("2026年财政拨款收支总体情况表\n", "收入合计：\t250.65", "收入合计：\t250.75");

        var finding = Assert.Single(content.Findings, f => f.Table == "04 财政拨款收支总体情况表");
        Assert.Equal(("FISCAL_INCOME_EXPENDITURE_MISMATCH", Units(0.1m)), (finding.Code, finding.Difference!.Value));
        Assert.Equal([(33, 306, "收入合计：")], finding.Locations.Select(l => (l.Row, l.Line!.Value, l.Column!)));
    }

    /// <summary>
    /// Table 02 lists units only: its 合计 row is checked against the top unit (028), 028 against its sub-unit (028001),
    /// each row's 总计 against 本年收入 + 上年结转结余, and 总计 against 01's 收入总计 (carry-overs included on both). 合计's
    /// 总计 printed 251.65: the table's total, its row split and the overview each disagree, located at that cell.
    /// </summary>
    [Fact]
    public async Task Reconcile_IncomeTableTotalMisprinted_AgainstTopUnit_RowSplit_AndOverviewAsync()
    {
        var content = await ReadChangedAsync("2026年部门收入总体情况表\n", "\t合计\t250.65", "\t合计\t251.65");

        var findings = content.Findings.Where(f => f.Table == "02 部门收入总体情况表").OrderBy(f => f.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(["INCOME_TABLE_TOTAL_MISMATCH", "ROW_SPLIT_MISMATCH", "TABLE_TOTAL_MISMATCH"], findings.Select(f => f.Code));
        Assert.All(findings, f => Assert.Equal(Units(1m), Math.Abs(f.Difference!.Value)));
        Assert.Equal([("01 部门收支总体情况表", 33, 228, "收入总计"), ("02 部门收入总体情况表", 1, 241, "总计"), ("02 部门收入总体情况表", 1, 241, "总计")],
            findings.Select(f => f.Locations[0]).Select(l => (l.Table, l.Row, l.Line!.Value, l.Column!)));
        Assert.Contains("the top units' rows add up to 250.65 万元, while row 1 (合计) says 251.65 万元", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("table 01 部门收支总体情况表's 收入总计", findings[0].Message, StringComparison.Ordinal);
    }

    /// <summary>The leaf unit 028001's 总计 printed 250.00: its unit 028 and its own split disagree; its income line is its 一般公共预算 cell, still 250.65.</summary>
    [Fact]
    public async Task Reconcile_IncomeTableUnitRowMisprinted_AgainstItsUnit_LocatedAtTheUnitRowAsync()
    {
        var content = await ReadChangedAsync("2026年部门收入总体情况表\n", "028001\t新乡市红旗区行政审批和政务信息管理局\t250.65", "028001\t新乡市红旗区行政审批和政务信息管理局\t250.00");

        var findings = content.Findings.Where(f => f.Table == "02 部门收入总体情况表").ToList();
        var unit = Assert.Single(findings, f => f.Code == "HIERARCHY_SUBTOTAL_MISMATCH");
        Assert.Equal((Units(0.65m), 2, "总计"), (unit.Difference!.Value, unit.Locations[0].Row, unit.Locations[0].Column!));
        Assert.Contains("the rows under unit 028", unit.Message, StringComparison.Ordinal);
        var split = Assert.Single(findings, f => f.Code == "ROW_SPLIT_MISMATCH");
        Assert.Equal((3, 243), (split.Locations[0].Row, split.Locations[0].Line!.Value));
        Assert.Equal(2, findings.Count);
        Assert.Equal(Units(250.65m), Assert.Single(content.Lines, l => l.Kind == LineKind.Income).Amount);
    }

    /// <summary>The reference disclosure with one printed cell changed after a title, read from a temporary file.</summary>
    private static async Task<BudgetGraph.Ingest.Formats.DisclosureContent> ReadChangedAsync(string after, string printed, string changed)
    {
        var text = File.ReadAllText(RepositoryPaths.ReferenceDisclosure);
        var at = text.IndexOf(printed, text.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at > 0, $"{printed} not found after {after}");
        var path = Path.Combine(Path.GetTempPath(), $"henan-changed-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text[..at] + changed + text[(at + printed.Length)..]);
        try
        {
            return (await DisclosureReader.ReadAsync(path)).Content;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
