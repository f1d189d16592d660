using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Common;

/// <summary>Every error carries one of the API's extensions.code values.</summary>
public sealed class ErrorCodeTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData("{ noSuchField }")]
    [InlineData("{ breakdown(year: 2026) { key } }")]
    [InlineData("{ breakdown(year: 2026, by: NOT_A_DIMENSION) { key } }")]
    [InlineData("{ years ")]
    public async Task Query_InvalidDocument_ReturnsValidationFailed(string query)
    {
        using var response = await _client.PostAsync(query);
        var json = await GraphQLTestClient.ReadJsonAsync(response);

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(json.ErrorCodes()));
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Query_NestedDeeperThanLimit_ReturnsQueryTooComplex()
    {
        var nested = string.Concat(Enumerable.Repeat("parent { ", 25)) + "id" + new string('}', 25);
        var query = $"{{ departments {{ nodes {{ units {{ {nested} }} }} }} }}";

        using var response = await _client.PostAsync(query);
        var json = await GraphQLTestClient.ReadJsonAsync(response);

        Assert.Equal("QUERY_TOO_COMPLEX", Assert.Single(json.ErrorCodes()));
    }

    [Fact]
    public async Task Query_Introspection_StaysWithinTheDepthLimit()
    {
        const string query = """
            { __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Contains(data["__schema"]!["types"]!, t => (string?)t["name"] == "BudgetLine");
    }
}
