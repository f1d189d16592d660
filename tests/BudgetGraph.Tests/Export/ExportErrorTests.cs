using System.Net;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.Export;

/// <summary>An export that cannot be written answers as /graphql does: GraphQL JSON errors with a code, never a broken file.</summary>
public sealed class ExportErrorTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task InvalidQuery_IsGraphQLErrorWith400()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("bad.csv", "{ breakdown(year: 2026) { nope } }"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task TwoRootFields_IsBadUserInput400()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("two.ndjson", "{ years regions { code } }"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task TwoRootFieldsThroughAFragment_IsBadUserInput400()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("two.csv", "{ ...Both } fragment Both on Query { years regions { code } }"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("bad%20name")]
    [InlineData(".hidden")]
    [InlineData("a%22b")]
    public async Task BadFileName_IsBadUserInput400(string name)
    {
        using var response = await _client.GetAsync(ExportRequest.Url(name + ".csv", "{ years }"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task PageTooLarge_IsRefusedLikeGraphQL()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("big.csv", "{ budgetLines(first: 501) { nodes { id } } }"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task Mutation_OverGet_Is405()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("m.csv", "mutation { years }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ResultWithErrors_IsTheGraphQLAnswerNotAFile()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("e.csv", "{ series(by: FUNCTIONAL, fromYear: 2026, toYear: 2020) { key } }"));

        await AssertErrorAsync(response, HttpStatusCode.OK, "BAD_USER_INPUT");
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"HTTP {(int)response.StatusCode}: {body}");
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var json = GraphQLTestClient.Parse(body);
        Assert.Equal(code, (string?)json["errors"]![0]!["extensions"]!["code"]);
    }
}
