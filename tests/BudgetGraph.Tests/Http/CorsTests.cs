using System.Net;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.Http;

/// <summary>The API is public and read-only: front-ends on any site may call it from the browser.</summary>
public sealed class CorsTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string Origin = "https://newsroom.example";

    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Preflight_FromAnyOrigin_IsAllowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, GraphQLTestClient.Endpoint);
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("content-type", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_WithOrigin_AllowsAnyOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLTestClient.Endpoint)
        {
            Content = new StringContent("""{"query": "{ years }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Origin);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
