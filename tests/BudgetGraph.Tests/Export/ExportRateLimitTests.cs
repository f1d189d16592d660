using System.Globalization;
using System.Net;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace BudgetGraph.Tests.Export;

/// <summary>Exports count against the same per-client rate limit as /graphql: a download is not a way around it.</summary>
public sealed class ExportRateLimitTests
{
    private const int Limit = 3;

    [Fact]
    public async Task ExportAfterTheLimitOfGraphQL_Is429RateLimited()
    {
        await using var factory = new BudgetGraphFactory();
        await using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimiting:PermitLimit", Limit.ToString(CultureInfo.InvariantCulture))
            .UseSetting("RateLimiting:WindowSeconds", "60"));
        var http = limited.CreateClient();
        var client = new GraphQLTestClient(http);
        for (var i = 0; i < Limit - 1; i++)
        {
            using var allowed = await client.PostAsync("{ years }");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var lastAllowed = await http.GetAsync(ExportRequest.Url("years.csv", "{ years }"));
        Assert.Equal(HttpStatusCode.OK, lastAllowed.StatusCode);

        using var refused = await http.GetAsync("/export/datapackage.json");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var error = GraphQLTestClient.Parse(await refused.Content.ReadAsStringAsync())["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", (string?)error["extensions"]!["code"]);
    }
}
