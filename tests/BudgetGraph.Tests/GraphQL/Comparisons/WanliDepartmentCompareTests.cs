using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Comparisons;

/// <summary>compare by DEPARTMENT across 万里街道办事处's budgets: both years' documents, checked against the narrative.</summary>
public sealed class WanliDepartmentCompareTests(WanliFixture wanli) : IClassFixture<WanliFixture>
{
    [SkippableTheory]
    [InlineData(2024, 2025, 156_211_123, 189_767_551, 3355.65)]
    [InlineData(2023, 2024, 164_978_640, 156_211_123, -876.75)]
    public async Task Compare_ByDepartment_UsesBothDocumentsAndShowsTheStatedChange(
        int baseYear, int year, long baseTotal, long currentTotal, double statedWan)
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        var row = Assert.Single((await client.QueryAsync($$$"""
            { compare(baseYear: {{{baseYear}}}, year: {{{year}}}, by: DEPARTMENT, where: {department: {eq: "{{{id}}}"}}) {
                key base current change wan: change(unit: WAN_YUAN) basis statedChange(unit: WAN_YUAN) } }
            """)).Data()["compare"]!);

        Assert.Equal(baseTotal, row.Amount("base"));
        Assert.Equal(currentTotal, row.Amount("current"));
        Assert.Equal(currentTotal - baseTotal, row.Amount("change"));
        Assert.Equal("DOCUMENTS", (string?)row["basis"]);
        var stated = (decimal)statedWan;
        Assert.Equal(stated, row.Amount("statedChange"));
        // Stated and computed agree at the narrative's precision (0.01 万元, DOMAIN.md).
        Assert.True(Math.Abs(row.Amount("wan") - stated) <= 0.01m, $"computed {row.Amount("wan")} 万元 vs stated {stated}");
    }
}
