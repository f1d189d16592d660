using System.IO.Compression;
using System.Net;
using System.Text;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.Http;

/// <summary>Responses are compressed for clients that accept it, and decompress to the same answer.</summary>
public sealed class CompressionTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    [Fact]
    public async Task Post_AcceptingGzip_GzipBodyWithTheSameAnswer()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLTestClient.Endpoint)
        {
            Content = new StringContent("""{"query":"{ breakdown(year: 2026, by: FUNCTIONAL, level: 3) { key amount(unit: WAN_YUAN) } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var data = GraphQLTestClient.Parse(await reader.ReadToEndAsync()).Data();
        Assert.Equal(195.6m, data["breakdown"]!.Row("2010301").Amount("amount"));
    }
}
