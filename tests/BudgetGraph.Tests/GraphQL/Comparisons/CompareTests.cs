using BudgetGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.Comparisons;

/// <summary>compare: 2026 against 2025, for which only the 2026 narrative states the change.</summary>
public sealed class CompareTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Compare_DepartmentWithoutBaseDocument_UsesStatedChange()
    {
        const string query = """
            { compare(baseYear: 2025, year: 2026, by: DEPARTMENT) {
                key label base(unit: WAN_YUAN) current(unit: WAN_YUAN) change(unit: WAN_YUAN) changePercent
                basis statedChange(unit: WAN_YUAN) statedReason } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var row = Assert.Single(data["compare"]!);
        Assert.Equal(378.67m, row.Amount("base"));
        Assert.Equal(250.65m, row.Amount("current"));
        Assert.Equal(-128.02m, row.Amount("change"));
        Assert.Equal(-33.81, (double)row["changePercent"]!, 2);
        Assert.Equal("STATED", (string?)row["basis"]);
        Assert.Equal(-128.02m, row.Amount("statedChange"));
        Assert.Contains("过紧日子", (string?)row["statedReason"], StringComparison.Ordinal);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Compare_FundingSourceGeneralPublicBudget_UsesStatedChange()
    {
        const string query = """
            { compare(baseYear: 2025, year: 2026, by: FUNDING_SOURCE) { key base(unit: WAN_YUAN) current(unit: WAN_YUAN) basis } }
            """;

        var row = Assert.Single((await _client.QueryAsync(query)).Data()["compare"]!);

        Assert.Equal("GENERAL_PUBLIC_BUDGET", (string?)row["key"]);
        Assert.Equal(378.67m, row.Amount("base"));
        Assert.Equal("STATED", (string?)row["basis"]);
    }

    [Fact]
    public async Task Compare_FunctionalWithoutStatedFigure_LeavesBaseNull()
    {
        const string query = """
            { compare(baseYear: 2025, year: 2026, by: FUNCTIONAL, level: 1) { key base current(unit: WAN_YUAN) change changePercent basis } }
            """;

        var rows = (await _client.QueryAsync(query)).Data()["compare"]!;

        Assert.Equal(3, rows.Count());
        Assert.All(rows, row =>
        {
            Assert.Null((decimal?)row["base"]);
            Assert.Null((decimal?)row["change"]);
            Assert.Null((double?)row["changePercent"]);
            Assert.Equal("DOCUMENTS", (string?)row["basis"]);
        });
        Assert.Equal(216.19m, rows.Row("201").Amount("current"));
    }

    [Fact]
    public async Task Compare_SameYear_ReturnsZeroChangeFromDocuments()
    {
        const string query = """
            { compare(baseYear: 2026, year: 2026, by: EXPENDITURE_TYPE) { key base(unit: WAN_YUAN) change changePercent basis } }
            """;

        var rows = (await _client.QueryAsync(query)).Data()["compare"]!;

        Assert.Equal(217.24m, rows.Row("BASIC_PERSONNEL").Amount("base"));
        Assert.All(rows, row =>
        {
            Assert.Equal(0m, row.Amount("change"));
            Assert.Equal(0.0, (double)row["changePercent"]!);
            Assert.Equal("DOCUMENTS", (string?)row["basis"]);
        });
    }
}
