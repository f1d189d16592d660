using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Breakdowns;

/// <summary>breakdown over 万里街道办事处's 2025 budget (shared corpus): 类/款 figures are the subtotals the document prints.</summary>
public sealed class WanliBreakdownTests(WanliFixture wanli) : IClassFixture<WanliFixture>
{
    [SkippableFact]
    public async Task Breakdown_FunctionalLevel2_Gives21201AsPrintedWithItsPublishedName()
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        var rows = (await client.QueryAsync($$$"""
            { breakdown(year: 2025, by: FUNCTIONAL, level: 2, where: {department: {eq: "{{{id}}}"}}) { key label amount sources { table } } }
            """)).Data()["breakdown"]!;

        var management = rows.Row("21201");
        Assert.Equal("城乡社区管理事务", (string?)management["label"]);
        Assert.Equal(94_995_790m, management.Amount("amount"));
        Assert.Single(management["sources"]!);
    }

    [SkippableFact]
    public async Task Breakdown_FilterSplittingASubtotal_SumsThePublishedItemRows()
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        // An expenditure-type condition could cut a printed subtotal apart, so the 项 rows are added instead
        // (both types together: the same rows, 1 元 less than the printed 款 row).
        var rows = (await client.QueryAsync($$$"""
            { breakdown(year: 2025, by: FUNCTIONAL, level: 2,
                where: {department: {eq: "{{{id}}}"}, expenditureType: {in: [BASIC, PROJECT]}}) { key amount } }
            """)).Data()["breakdown"]!;

        Assert.Equal(94_995_789m, rows.Row("21201").Amount("amount"));
    }
}
