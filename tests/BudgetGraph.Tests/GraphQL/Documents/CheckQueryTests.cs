using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Documents;

/// <summary>Query.checks: the registry of reconciliation checks; every finding's code is one of them.</summary>
public sealed class CheckQueryTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Checks_Registry_HoldsEveryFindingCodeOfTheReference()
    {
        const string query = """
            { checks { code severity description descriptionEn }
              documents { nodes { findings { code severity } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var checks = data["checks"]!.ToDictionary(c => (string)c["code"]!, c => (string)c["severity"]!);
        Assert.Equal("WARNING", checks["ECONOMIC_SUMMARY_TOTAL_MISMATCH"]);
        Assert.Equal("ERROR", checks["TABLE_MISSING"]);
        Assert.All(data["checks"]!, c => Assert.False(string.IsNullOrEmpty((string?)c["description"])));
        var findings = Assert.Single(data["documents"]!["nodes"]!)["findings"]!.ToList();
        Assert.Contains(findings, f => (string?)f["code"] == "ECONOMIC_SUMMARY_TOTAL_MISMATCH" && (string?)f["severity"] == "WARNING");
        Assert.All(findings, f => Assert.True(checks.ContainsKey((string)f["code"]!), (string?)f["code"]));
    }
}
