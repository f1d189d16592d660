using System.Net;
using BudgetGraph.Http;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// Automatic persisted queries as Apollo clients use them: a hash alone, PERSISTED_QUERY_NOT_FOUND for an unknown
/// one, the query with its hash to register it, then the hash alone again. Each test uses its own query text, since
/// the host (and its cache) is shared by the class.
/// </summary>
public sealed class PersistedQueryTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task ApolloFlow_UnknownHashThenRegisteredThenHashAlone_ReturnsTheData()
    {
        const string query = "query ApolloFlow { breakdown(year: 2026, by: FUNCTIONAL, level: 3) { key amount(unit: WAN_YUAN) } }";
        var hash = GraphQLGetRequest.HashOf(query);

        using var unknown = await _http.SendAsync(GraphQLGetRequest.Create(hash: hash));
        using var registered = await _http.SendAsync(GraphQLGetRequest.Post(query, hash));
        using var byHash = await _http.SendAsync(GraphQLGetRequest.Create(hash: hash));

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var error = (await GraphQLTestClient.ReadJsonAsync(unknown))["errors"]![0]!;
        Assert.Equal(("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"), ((string?)error["message"], (string?)error["extensions"]!["code"]));
        Assert.Equal("no-store", unknown.Headers.CacheControl?.ToString());

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(195.6m, (await GraphQLTestClient.ReadJsonAsync(registered)).Data()["breakdown"]!.Row("2010301").Amount("amount"));

        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal(195.6m, (await GraphQLTestClient.ReadJsonAsync(byHash)).Data()["breakdown"]!.Row("2010301").Amount("amount"));
    }

    [Fact]
    public async Task PostHashAlone_AfterAPlainQueryOfTheSameText_RunsIt()
    {
        const string query = "{ seenBefore: years }";
        using var plain = await new GraphQLTestClient(_http).GetAsync(query);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);

        using var byHash = await _http.SendAsync(GraphQLGetRequest.Post(null, GraphQLGetRequest.HashOf(query).ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal([2026], (await GraphQLTestClient.ReadJsonAsync(byHash)).Data()["seenBefore"]!.Values<int>());
    }

    [Fact]
    public async Task QueryWithAnotherQuerysHash_400BadUserInputAndNotRegistered()
    {
        const string query = "{ mismatch: years }";
        var otherHash = GraphQLGetRequest.HashOf("{ somethingElse: years }");

        using var mismatch = await _http.SendAsync(GraphQLGetRequest.Post(query, otherHash));
        using var byHash = await _http.SendAsync(GraphQLGetRequest.Create(hash: otherHash));

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        var error = (await GraphQLTestClient.ReadJsonAsync(mismatch))["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Contains("does not match", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await GraphQLTestClient.ReadJsonAsync(byHash)).ErrorCodes());
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}""")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}""")]
    [InlineData("""{"persistedQuery":"abc"}""")]
    public async Task MalformedPersistedQueryExtension_400BadUserInput(string extensions)
    {
        using var response = await _http.GetAsync(GraphQLTestClient.Endpoint + "?extensions=" + Uri.EscapeDataString(extensions));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_USER_INPUT"], (await GraphQLTestClient.ReadJsonAsync(response)).ErrorCodes());
    }

    [Fact]
    public void Cache_ManyQueriesOverItsSize_HoldsNoMoreThanItsSize()
    {
        // Each entry is charged its length plus 128: a 1,000-character cache holds at most 3 queries of ~200.
        using var cache = new PersistedQueryCache(Options.Create(new GraphQLHttpOptions { PersistedQueryCacheCharacters = 1_000 }));
        var queries = Enumerable.Range(0, 50).Select(i => $"{{ q{i}: years }}".PadRight(200)).ToList();

        foreach (var query in queries)
            cache.Remember(GraphQLGetRequest.HashOf(query), query);

        var held = queries.Count(query => cache.Find(GraphQLGetRequest.HashOf(query)) == query);
        Assert.InRange(held, 1, 3);
    }

    [Fact]
    public async Task ValidationError_IsNotRegistered()
    {
        const string query = "{ noSuchField }";
        using var invalid = await new GraphQLTestClient(_http).PostAsync(query);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (await GraphQLTestClient.ReadJsonAsync(invalid)).ErrorCodes().Single());

        using var byHash = await _http.SendAsync(GraphQLGetRequest.Create(hash: GraphQLGetRequest.HashOf(query)));

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await GraphQLTestClient.ReadJsonAsync(byHash)).ErrorCodes());
    }
}
