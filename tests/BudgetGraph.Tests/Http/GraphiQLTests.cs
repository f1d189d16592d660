using System.Net;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.Http;

/// <summary>A browser opening /graphql gets GraphiQL, served from the npm-installed bundles (no CDN).</summary>
public sealed class GraphiQLTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task Get_BrowserAccept_ReturnsGraphiQLPage()
    {
        var html = await GetHtmlAsync();

        Assert.Contains("/lib/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.Contains("GraphiQL.createFetcher", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript", "GraphiQL")]
    [InlineData("react.production.min.js", "text/javascript", "react.production.min.js")]
    [InlineData("react-dom.production.min.js", "text/javascript", "react-dom.production.min.js")]
    [InlineData("graphiql.min.css", "text/css", ".graphiql-container")]
    public async Task Get_BundleReferencedByThePage_IsServed(string file, string mediaType, string marker)
    {
        var path = "/lib/graphiql/" + file;
        Assert.Contains(path, await GetHtmlAsync(), StringComparison.Ordinal);

        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(content.Length > 10_000, $"{path} is only {content.Length} characters");
        Assert.Contains(marker, content, StringComparison.Ordinal);
    }

    private async Task<string> GetHtmlAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GraphQLTestClient.Endpoint);
        request.Headers.Add("Accept", BrowserAccept);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
