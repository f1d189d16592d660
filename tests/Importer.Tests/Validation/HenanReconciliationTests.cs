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
        var text = File.ReadAllText(RepositoryPaths.ReferenceDisclosure);
        const string Row = "201\t03\t01\t\t行政运行\t195.60\t195.60";
        var first = text.IndexOf(Row, StringComparison.Ordinal);
        Assert.True(first > 0);
        var changed = text[..first] + Row.Replace("行政运行\t195.60", "行政运行\t196.60", StringComparison.Ordinal) + text[(first + Row.Length)..];
        var path = Path.Combine(Path.GetTempPath(), $"henan-03-misprint-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, changed);
        try
        {
            var findings = (await ReadFindingsAsync(path)).Where(f => f.Table == "03 部门支出总体情况表").ToList();

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
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// A unit's row states the sum of the rows listed under it: table 03's row 028 printed as 251.65 against its four
    /// 项 rows' 250.65 is a HIERARCHY_SUBTOTAL_MISMATCH located at the unit's row (and its own split no longer holds).
    /// </summary>
    [Fact]
    public async Task Reconcile_Table03UnitRowMisprinted_AgainstTheRowsUnderIt_LocatedAtTheUnitRowAsync()
    {
        var text = File.ReadAllText(RepositoryPaths.ReferenceDisclosure);
        const string Row = "\t\t\t028\t新乡市红旗区行政审批和政务信息管理局\t250.65";
        var first = text.IndexOf(Row, text.IndexOf("2026年部门支出总体情况表\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(first > 0);
        var path = Path.Combine(Path.GetTempPath(), $"henan-03-unit-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text[..first] + Row.Replace("250.65", "251.65", StringComparison.Ordinal) + text[(first + Row.Length)..]);
        try
        {
            var findings = (await ReadFindingsAsync(path)).Where(f => f.Table == "03 部门支出总体情况表").ToList();

            var unit = Assert.Single(findings, f => f.Code == "HIERARCHY_SUBTOTAL_MISMATCH");
            Assert.Equal(Units(1m), unit.Difference);
            Assert.Equal((2, "合计"), (unit.Locations[0].Row, unit.Locations[0].Column!));
            Assert.Contains("the rows under unit 028 新乡市红旗区行政审批和政务信息管理局 add up to 250.65 万元, while row 2", unit.Message, StringComparison.Ordinal);
            Assert.Equal(["HIERARCHY_SUBTOTAL_MISMATCH", "ROW_SPLIT_MISMATCH"], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
