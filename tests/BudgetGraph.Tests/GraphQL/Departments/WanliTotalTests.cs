using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.GraphQL.Departments;

/// <summary>
/// A department's total is its document's printed 合计 row where it prints one (the rollup the importer wrote says so),
/// cited by that one cell; the same figure the DEPARTMENT breakdown gives.
/// </summary>
public sealed class WanliTotalTests(WanliFixture wanli) : IClassFixture<WanliFixture>
{
    [SkippableTheory]
    [InlineData(2024, 156_211_123)]
    [InlineData(2025, 189_767_551)]
    public async Task Total_PrintedTotalRow_CitedByItsOneCell_AsTheBreakdownGivesIt(int year, long total)
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        var data = (await client.QueryAsync($$$"""
            { department(id: "{{{id}}}") { total(year: {{{year}}}) totalSources(year: {{{year}}}) { table row column } }
              breakdown(year: {{{year}}}, by: DEPARTMENT, where: {department: {eq: "{{{id}}}"}}) { amount sources { table row column } } }
            """)).Data();

        Assert.Equal(total, data["department"]!.Amount("total"));
        var cell = Assert.Single((JArray)data["department"]!["totalSources"]!);
        Assert.Equal("合计", (string?)cell["column"]);
        var row = Assert.Single(data["breakdown"]!);
        Assert.Equal(total, row.Amount("amount"));
        Assert.Equal(cell.ToString(), Assert.Single((JArray)row["sources"]!).ToString());
    }
}
