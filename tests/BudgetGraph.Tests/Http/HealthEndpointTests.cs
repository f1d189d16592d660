using System.Net;
using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>Liveness and readiness probes and the query endpoint, with a real database that goes away and comes back.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Probes_DatabaseUp_LiveAndReadyWithTheReferenceDocument()
    {
        await using var factory = new BudgetGraphFactory();
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.All(new[] { live, ready }, probe => Assert.Equal("no-store", probe.Headers.CacheControl?.ToString()));
        var body = JObject.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal(("ready", 1), ((string?)body["status"], (int)body["documents"]!));
    }

    [Fact]
    public async Task Readyz_DatabaseGoneThenBack_503WithCodeThenReadyWithoutRestart()
    {
        await using var factory = new BudgetGraphFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        await using (var db = new BudgetDbContext(factory.CreateDbContextOptions()))
            await db.Database.EnsureDeletedAsync();
        using var down = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");
        using var query = await new GraphQLTestClient(client).PostAsync("{ departments { nodes { id } } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("DATABASE_UNAVAILABLE", (string?)JObject.Parse(await down.Content.ReadAsStringAsync())["code"]);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
        var error = JObject.Parse(await query.Content.ReadAsStringAsync())["errors"]![0]!;
        Assert.Equal("DATABASE_UNAVAILABLE", (string?)error["extensions"]!["code"]);

        await using (var db = new BudgetDbContext(factory.CreateDbContextOptions()))
            await BudgetSchema.EnsureAsync(db);
        using var back = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(0, (int)JObject.Parse(await back.Content.ReadAsStringAsync())["documents"]!);
    }
}
