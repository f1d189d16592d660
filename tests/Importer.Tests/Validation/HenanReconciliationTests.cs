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
        Assert.All(infos, f => Assert.Equal(("ECONOMIC_BASIC_TOTAL_MISMATCH", Units(0.01m)), (f.Code, f.Difference!.Value)));
    }

    [Fact]
    public async Task Reconcile_ConsistentDocument_HasNoFindingsAsync() =>
        Assert.Empty(await ReadFindingsAsync(RepositoryPaths.TestData("henan-minimal.txt")));
}
