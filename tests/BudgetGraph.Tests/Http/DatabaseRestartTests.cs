using System.Net;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// Acceptance (issue 5): stopping PostgreSQL while the API runs gives 503 with a coded error; starting it again
/// restores 200 without restarting the API. On a dedicated server, since the shared one serves parallel tests.
/// </summary>
public sealed class DatabaseRestartTests
{
    /// <summary>The reference department's published 2026 total: 2,506,500 元.</summary>
    private const decimal PublishedTotal = 250.65m;

    private const string TotalQuery = """{ departments(where: {name: {contains: "行政审批"}}) { nodes { total(year: 2026, unit: WAN_YUAN) } } }""";

    [Fact]
    public async Task PostgresStoppedThenStarted_503DatabaseUnavailableThen200WithTheData()
    {
        using var server = PostgresServer.StartDedicated();
        await using var factory = PinnedDatabaseFactory.OnPostgres(server.CreateDatabase());
        using var http = factory.CreateClient();
        var client = new GraphQLTestClient(http);
        Assert.Equal(PublishedTotal, await TotalAsync(client));

        server.Stop();
        using var readyDown = await http.GetAsync("/readyz");
        using var postDown = await client.PostAsync(TotalQuery);
        using var getDown = await client.GetAsync(TotalQuery);
        using var live = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDown.StatusCode);
        Assert.Equal("DATABASE_UNAVAILABLE", (string?)JObject.Parse(await readyDown.Content.ReadAsStringAsync())["code"]);
        foreach (var down in new[] { postDown, getDown })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal(["DATABASE_UNAVAILABLE"], (await GraphQLTestClient.ReadJsonAsync(down)).ErrorCodes());
            Assert.Equal("no-store", down.Headers.CacheControl?.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        server.Start();
        using var readyUp = await http.GetAsync("/readyz");
        using var getUp = await client.GetAsync(TotalQuery);

        Assert.Equal(HttpStatusCode.OK, readyUp.StatusCode);
        Assert.Equal(1, (int)JObject.Parse(await readyUp.Content.ReadAsStringAsync())["documents"]!);
        Assert.Equal(HttpStatusCode.OK, getUp.StatusCode);
        Assert.Equal(PublishedTotal, (await GraphQLTestClient.ReadJsonAsync(getUp)).Data()["departments"]!["nodes"]![0]!.Amount("total"));
        Assert.Equal(PublishedTotal, await TotalAsync(client));
    }

    private static async Task<decimal> TotalAsync(GraphQLTestClient client) =>
        (await client.QueryAsync(TotalQuery)).Data()["departments"]!["nodes"]![0]!.Amount("total");
}
