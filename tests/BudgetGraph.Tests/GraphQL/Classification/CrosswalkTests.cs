using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Classification;

/// <summary>crosswalk between the department and the government economic schemes, on the reference disclosure (table 06).</summary>
public sealed class CrosswalkTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Crosswalk_BasicSalary30101_PairsWithTwoGovernmentCodes()
    {
        const string query = """
            { salary: classificationNode(scheme: ECONOMIC_DEPARTMENT, code: "30101", year: 2026) {
                name amount(year: 2026, unit: WAN_YUAN)
                crosswalk(year: 2026) { scheme code name amount(unit: WAN_YUAN) node { level parent { code } } } }
              wages: classificationNode(scheme: ECONOMIC_GOVERNMENT, code: "50501", year: 2026) {
                crosswalk(year: 2026) { code name amount(unit: WAN_YUAN) } }
              functional: classificationNode(scheme: FUNCTIONAL, code: "201", year: 2026) { crosswalk(year: 2026) { code } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var salary = data["salary"]!;
        Assert.Equal("基本工资", (string?)salary["name"]);
        Assert.Equal(64.96m, salary.Amount("amount"));
        var pairs = salary["crosswalk"]!;
        Assert.Equal(["50101", "50501"], pairs.Select(p => (string?)p["code"]));
        Assert.Equal(9.55m, pairs.Node("50101").Amount("amount"));
        Assert.Equal(55.41m, pairs.Node("50501").Amount("amount"));
        Assert.Equal("工资福利支出", (string?)pairs.Node("50501")["name"]);
        Assert.All(pairs, p => Assert.Equal("ECONOMIC_GOVERNMENT", (string?)p["scheme"]));
        Assert.Equal("505", (string?)pairs.Node("50501")["node"]!["parent"]!["code"]);
        Assert.Contains(data["wages"]!["crosswalk"]!, p => (string?)p["code"] == "30101" && p.Amount("amount") == 55.41m);
        Assert.Empty(data["functional"]!["crosswalk"]!);
    }
}
