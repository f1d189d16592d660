using System.Net;
using System.Text;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>GraphQL over HTTP at /graphql: methods, bodies, media types and status codes.</summary>
public sealed class GraphQLOverHttpTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    // Introspection needs no data, so these tests stay about the transport.
    private const string TypeQuery = "query TypeName($name: String!) { __type(name: $name) { name kind } }";

    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Post_JsonBody_AskingForGraphQLResponse_ReturnsDataAsGraphQLResponse()
    {
        using var response = await _client.PostAsync("{ years }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Contains(2026, json["data"]!["years"]!.Values<int>());
        Assert.Null(json["errors"]);
    }

    [Fact]
    public async Task Post_VariablesAndOperationName_AreApplied()
    {
        const string twoOperations = TypeQuery + " query Other { years }";

        var json = await _client.QueryAsync(twoOperations, new { name = "Query" }, operationName: "TypeName");

        Assert.Equal("Query", (string?)json["data"]!["__type"]!["name"]);
        Assert.Equal("OBJECT", (string?)json["data"]!["__type"]!["kind"]);
    }

    [Fact]
    public async Task Get_QueryStringWithVariables_ReturnsData()
    {
        using var response = await _client.GetAsync(TypeQuery, new { name = "Query" }, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Equal("Query", (string?)json["data"]!["__type"]!["name"]);
    }

    [Fact]
    public async Task Get_Mutation_Returns405()
    {
        using var response = await _client.GetAsync("mutation { years }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Null(json["data"]);
        Assert.NotEmpty(json["errors"]!);
    }

    [Theory]
    [InlineData("mutation { x }")]
    [InlineData("subscription { x }")]
    public async Task Post_MutationOrSubscription_IsAValidationErrorNotInternal(string query)
    {
        using var response = await _client.PostAsync(query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.NotEqual("INTERNAL", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Post_NestingDeeperThanTheParserAllows_IsQueryTooLargeNotInternal()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 70)) + string.Concat(Enumerable.Repeat("}", 70));

        using var response = await _client.PostAsync(query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Equal("QUERY_TOO_LARGE", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("nests more than 64 levels deep", (string?)json["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    /// <summary>Refusals by size are 413/400 with their code under any media type (API.md), not 200 under application/json.</summary>
    [Theory]
    [InlineData("application/json", "length", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(GraphQLResponse, "length", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("application/json", "tokens", HttpStatusCode.BadRequest)]
    [InlineData(GraphQLResponse, "tokens", HttpStatusCode.BadRequest)]
    public async Task Post_PastASizeLimit_413Or400UnderAnyMediaType(string accept, string limit, HttpStatusCode status)
    {
        var query = limit == "length"
            ? "{ years }" + new string(' ', 40_000)
            : "{ years(x: [" + string.Concat(Enumerable.Repeat("1 ", 6_000)) + "]) }";

        using var response = await _client.PostAsync(query, accept: accept);

        Assert.Equal(status, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Equal("QUERY_TOO_LARGE", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Post_IntrospectionWithGraphQLJsOptions_Answers()
    {
        // What graphql-js's getIntrospectionQuery asks with directiveIsRepeatable, and inputValueDeprecation's
        // includeDeprecated on fields' arguments and input fields (not yet on directives' arguments).
        const string query = """
            { __schema {
                directives { name isRepeatable args { name isDeprecated deprecationReason } }
                types { name fields { name args(includeDeprecated: true) { name isDeprecated } }
                  inputFields(includeDeprecated: true) { name isDeprecated } } } }
            """;

        var json = await _client.QueryAsync(query);

        Assert.True(json["errors"] is null, json["errors"]?.ToString());
        var directives = json["data"]!["__schema"]!["directives"]!;
        Assert.False((bool)directives.Single(d => (string?)d["name"] == "skip")["isRepeatable"]!);
    }

    [Fact]
    public async Task Post_AcceptApplicationJson_ReturnsApplicationJson()
    {
        using var response = await _client.PostAsync("{ years }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_AcceptPrefersGraphQLResponse_ReturnsGraphQLResponse()
    {
        using var response = await _client.PostAsync(
            "{ years }", accept: "application/json;q=0.9, application/graphql-response+json");

        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_UnknownField_Returns400WithValidationCode()
    {
        using var response = await _client.PostAsync("{ noSuchField }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Null(json["data"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Post_SyntaxError_Returns400WithValidationCode()
    {
        using var response = await _client.PostAsync("{ years", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Post_UnknownFieldAcceptingJson_Returns200WithErrors()
    {
        using var response = await _client.PostAsync("{ noSuchField }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("{\"query\": \"{ years }\", \"variables\": [1]}")]
    public async Task Post_MalformedBody_Returns400BadUserInput(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLTestClient.Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await _client.SendAsync(request);

        await AssertBadUserInputAsync(response);
    }

    [Fact]
    public async Task Get_MalformedVariables_Returns400BadUserInput()
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get, GraphQLTestClient.Endpoint + "?query=%7B%20years%20%7D&variables=%7Bnot-json");

        using var response = await _client.SendAsync(request);

        await AssertBadUserInputAsync(response);
    }

    [Fact]
    public async Task Post_ApplicationGraphQLBody_RunsTheQuery()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLTestClient.Endpoint)
        {
            Content = new StringContent("{ years }", Encoding.UTF8, "application/graphql"),
        };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Contains(2026, json["data"]!["years"]!.Values<int>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task Post_NoOrWildcardAccept_AnswersApplicationJson_ErrorsOn200(string? accept)
    {
        using var ok = await _client.PostAsync("{ years }", accept: accept);
        using var invalid = await _client.PostAsync("{ noSuchField }", accept: accept);

        Assert.Equal((HttpStatusCode.OK, "application/json"), (ok.StatusCode, ok.Content.Headers.ContentType?.MediaType));
        Assert.Contains(2026, (await GraphQLTestClient.ReadJsonAsync(ok))["data"]!["years"]!.Values<int>());
        // application/json clients may not read 4xx bodies: a validation error is a 200 with errors.
        Assert.Equal((HttpStatusCode.OK, "application/json"), (invalid.StatusCode, invalid.Content.Headers.ContentType?.MediaType));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)(await GraphQLTestClient.ReadJsonAsync(invalid))["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Post_UnsupportedContentType_Returns415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLTestClient.Endpoint)
        {
            Content = new StringContent("{ years }", Encoding.UTF8, "text/plain"),
        };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    /// <summary>A request that is no GraphQL request at all: 400 under any media type (here the default, application/json).</summary>
    private static async Task AssertBadUserInputAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await GraphQLTestClient.ReadJsonAsync(response);
        Assert.Null(json["data"]);
        Assert.Equal("BAD_USER_INPUT", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["errors"]![0]!["message"]));
    }
}
