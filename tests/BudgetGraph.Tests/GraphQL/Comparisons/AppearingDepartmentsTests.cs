using BudgetGraph.DisclosureGenerator;
using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.GraphQL.Comparisons;

/// <summary>
/// compare and series across a region whose departments come and go: synthetic budgets (<see cref="ReferenceBudget"/>)
/// where 合成部门00001 publishes 2025 and 2026, 合成部门00002 only 2026 (its narrative states +20 万元 against 2025) and
/// 合成部门00003 only 2025.
/// </summary>
public sealed class AppearingDepartmentsTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-appearing-").FullName;
    private BudgetGraphFactory? _factory;

    public Task InitializeAsync()
    {
        ReferenceBudget.Write(_folder, 3, 2025);
        File.Delete(Path.Combine(_folder, SyntheticCorpus.FileName(ReferenceBudget.Department(2), 2025)));
        ReferenceBudget.Write(_folder, 2, 2026);
        _factory = BudgetGraphFactory.ForDataDirectory(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Compare_DepartmentsOfARegionByAbsoluteChange_MarksAppearingAndDisappearingRows()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var rows = (await client.QueryAsync("""
            { compare(baseYear: 2025, year: 2026, by: DEPARTMENT, where: {region: {eq: "410702"}}, order: [{absoluteChange: DESC}]) {
                label base(unit: WAN_YUAN) current(unit: WAN_YUAN) change(unit: WAN_YUAN) basis statedChange(unit: WAN_YUAN) } }
            """)).Data()["compare"]!.ToList();

        Assert.Equal([Name(2), Name(1), Name(3)], rows.Select(r => (string?)r["label"]));
        Assert.Equal(("STATED", 180m, 200m, 20m), Row(rows[0]));
        Assert.Equal(20m, rows[0].Amount("statedChange"));
        Assert.Equal(("DOCUMENTS", 100m, 100m, 0m), Row(rows[1]));
        Assert.Equal(300m, rows[2].Amount("base"));
        Assert.Equal(JTokenType.Null, rows[2]["current"]!.Type);
        Assert.Equal(JTokenType.Null, rows[2]["change"]!.Type);
    }

    [Fact]
    public async Task CompareAndSeries_FunctionalLevel2WithinOneDepartment_GroupByTheSection()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());
        var id = ReferenceBudget.Department(3).Id;

        var data = (await client.QueryAsync($$$"""
            { compare(baseYear: 2025, year: 2026, by: FUNCTIONAL, level: 2, where: {department: {eq: "{{{id}}}"}}) { key label base(unit: WAN_YUAN) current }
              series(by: FUNCTIONAL, level: 2, fromYear: 2025, toYear: 2026, where: {department: {eq: "{{{id}}}"}}) { key points { year amount(unit: WAN_YUAN) } } }
            """)).Data();

        var row = Assert.Single(data["compare"]!);
        Assert.Equal("20103", (string?)row["key"]);
        Assert.Equal("政府办公厅（室）及相关机构事务", (string?)row["label"]);
        Assert.Equal(300m, row.Amount("base"));
        Assert.Equal(JTokenType.Null, row["current"]!.Type);
        var points = Assert.Single(data["series"]!)["points"]!;
        Assert.Equal(300m, points[0]!.Amount("amount"));
        Assert.Equal(JTokenType.Null, points[1]!["amount"]!.Type);
    }

    [Fact]
    public async Task Series_ReversedRange_ReturnsBadUserInput()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var response = await client.QueryAsync("{ series(by: DEPARTMENT, fromYear: 2026, toYear: 2025) { key } }");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes());
    }

    [Theory]
    [InlineData(-2147483648, 0)]
    [InlineData(2147483640, 2147483647)]
    [InlineData(1899, 1900)]
    public async Task Series_YearsOutsideAnyBudget_ReturnsBadUserInputNotInternal(int fromYear, int toYear)
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var response = await client.QueryAsync($"{{ series(by: DEPARTMENT, fromYear: {fromYear}, toYear: {toYear}) {{ key }} }}");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes());
        Assert.Contains("fiscal years from 1900 to 2200", (string?)response["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Name(int department) => ReferenceBudget.Department(department).Name;

    private static (string?, decimal, decimal, decimal) Row(JToken row) =>
        ((string?)row["basis"], row.Amount("base"), row.Amount("current"), row.Amount("change"));
}
