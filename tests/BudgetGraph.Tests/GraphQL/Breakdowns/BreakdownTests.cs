using BudgetGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.Breakdowns;

/// <summary>breakdown on every dimension, against the figures the reference disclosure publishes (万元).</summary>
public sealed class BreakdownTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Breakdown_FunctionalLevel1_ReturnsPublishedClassTotals()
    {
        var rows = await BreakdownAsync("by: FUNCTIONAL, level: 1");

        Assert.Equal(["201", "208", "221"], rows.Select(r => (string?)r["key"]));
        Assert.Equal(216.19m, rows.Row("201").Amount("amount"));
        Assert.Equal("一般公共服务支出", (string?)rows.Row("201")["label"]);
        Assert.Equal(0.8625, Math.Round((double)rows.Row("201")["share"]!, 4));
        Assert.Equal(16.43m, rows.Row("208").Amount("amount"));
        Assert.Equal(18.03m, rows.Row("221").Amount("amount"));
        Assert.Equal(1.0, rows.Sum(r => (double)r["share"]!), 10);
        Snapshot.Match(rows);
    }

    [Fact]
    public async Task Breakdown_FunctionalLevel3_ReturnsTheFourItems()
    {
        var rows = await BreakdownAsync("by: FUNCTIONAL, level: 3");

        Assert.Equal(["2010301", "2010399", "2080505", "2210201"], rows.Select(r => (string?)r["key"]));
        Assert.Equal(195.6m, rows.Row("2010301").Amount("amount"));
        Assert.Equal("195.6", rows.Row("2010301")["amount"]!.ToString());
        Assert.Equal("行政运行", (string?)rows.Row("2010301")["label"]);
        Assert.Equal(20.59m, rows.Row("2010399").Amount("amount"));
        Assert.Equal(16.43m, rows.Row("2080505").Amount("amount"));
        Assert.Equal(18.03m, rows.Row("2210201").Amount("amount"));
        Snapshot.Match(rows);
    }

    [Fact]
    public async Task Breakdown_FunctionalLevel2_ReturnsSections()
    {
        var rows = await BreakdownAsync("by: FUNCTIONAL, level: 2");

        Assert.Equal(216.19m, rows.Row("20103").Amount("amount"));
        Assert.Equal(16.43m, rows.Row("20805").Amount("amount"));
        Assert.Equal(18.03m, rows.Row("22102").Amount("amount"));
    }

    [Fact]
    public async Task Breakdown_ExpenditureType_ReturnsPersonnelPublicAndProject()
    {
        var rows = await BreakdownAsync("by: EXPENDITURE_TYPE");

        Assert.Equal(217.24m, rows.Row("BASIC_PERSONNEL").Amount("amount"));
        Assert.Equal("人员经费", (string?)rows.Row("BASIC_PERSONNEL")["label"]);
        Assert.Equal(12.82m, rows.Row("BASIC_PUBLIC").Amount("amount"));
        Assert.Equal(20.59m, rows.Row("PROJECT").Amount("amount"));
        Assert.Equal(3, rows.Count);
        Snapshot.Match(rows);
    }

    [Fact]
    public async Task Breakdown_EconomicDepartmentLevel1_ReturnsClassesProjectAndUnallocated()
    {
        var rows = await BreakdownAsync("by: ECONOMIC_DEPARTMENT, level: 1");

        Assert.Equal(202.85m, rows.Row("301").Amount("amount"));
        Assert.Equal("工资福利支出", (string?)rows.Row("301")["label"]);
        Assert.Equal(14.39m, rows.Row("303").Amount("amount"));
        Assert.Equal(20.59m, rows.Row("PROJECT").Amount("amount"));
        // Every view sums to the department total once: the economic rows, PROJECT and the rounding gap.
        Assert.Equal(250.65m, rows.Sum(r => r.Amount("amount")));
        Snapshot.Match(rows);
    }

    [Fact]
    public async Task Breakdown_EconomicGovernmentLevel2_SumsToTotal()
    {
        var rows = await BreakdownAsync("by: ECONOMIC_GOVERNMENT, level: 2");

        Assert.Contains(rows, r => (string?)r["key"] == "50501");
        Assert.Equal(250.65m, rows.Sum(r => r.Amount("amount")));
        Snapshot.Match(rows);
    }

    [Fact]
    public async Task Breakdown_FundingSource_ReturnsGeneralPublicBudget()
    {
        var rows = await BreakdownAsync("by: FUNDING_SOURCE");

        var row = Assert.Single(rows);
        Assert.Equal("GENERAL_PUBLIC_BUDGET", (string?)row["key"]);
        Assert.Equal("一般公共预算", (string?)row["label"]);
        Assert.Equal(250.65m, row.Amount("amount"));
        Assert.Equal(1.0, (double)row["share"]!);
    }

    [Fact]
    public async Task Breakdown_Department_ReturnsTheDepartmentTotal()
    {
        var rows = await BreakdownAsync("by: DEPARTMENT");

        var row = Assert.Single(rows);
        Assert.Equal("410702/DEPARTMENT/028", (string?)row["key"]);
        Assert.Equal("新乡市红旗区行政审批和政务信息管理局", (string?)row["label"]);
        Assert.Equal(250.65m, row.Amount("amount"));
    }

    [Fact]
    public async Task Breakdown_WhereExpenditureTypePersonnel_SharesOfFilteredTotal()
    {
        var rows = await BreakdownAsync("by: FUNCTIONAL, level: 1, where: {expenditureType: {eq: BASIC_PERSONNEL}}");

        Assert.Equal(182.78m, rows.Row("201").Amount("amount"));
        Assert.Equal(217.24m, rows.Sum(r => r.Amount("amount")));
        Assert.Equal(1.0, rows.Sum(r => (double)r["share"]!), 10);
    }

    [Fact]
    public async Task Breakdown_OtherYearOrStage_ReturnsNoRows()
    {
        Assert.Empty(await BreakdownAsync("by: FUNCTIONAL", year: 2025));
        Assert.Empty(await BreakdownAsync("by: FUNCTIONAL, stage: FINAL_ACCOUNTS"));
    }

    [Fact]
    public async Task Breakdown_LevelBeyondDimension_ReturnsBadUserInput()
    {
        var response = await _client.QueryAsync("{ breakdown(year: 2026, by: ECONOMIC_DEPARTMENT, level: 3) { key } }");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes());
    }

    private async Task<List<Newtonsoft.Json.Linq.JToken>> BreakdownAsync(string arguments, int year = 2026)
    {
        var query = $"{{ breakdown(year: {year}, {arguments}) {{ key label amount(unit: WAN_YUAN) share }} }}";
        return [.. (await _client.QueryAsync(query)).Data()["breakdown"]!];
    }
}
