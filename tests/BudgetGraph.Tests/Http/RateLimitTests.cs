using System.Net;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>One client address may send RateLimiting:PermitLimit requests per window; the next one is refused.</summary>
public sealed class RateLimitTests
{
    private const int Limit = 3;

    [Fact]
    public async Task Post_OneMoreThanTheLimit_429WithRetryAfterAndCode()
    {
        await using var factory = new BudgetGraphFactory();
        await using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("RateLimiting:WindowSeconds", "60"));
        var client = new GraphQLTestClient(limited.CreateClient());

        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await client.PostAsync("{ years }");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostAsync("{ years }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var error = JObject.Parse(await refused.Content.ReadAsStringAsync())["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", (string?)error["extensions"]!["code"]);
    }
}
