using System.IO.Compression;
using System.Net;
using System.Text;
using BudgetGraph.Data;
using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// GET answers carry a weak ETag named by the dataset version and the request, with Cache-Control public max-age;
/// If-None-Match with it gives 304 without running the query; an import changes it. Everything else is no-store.
/// </summary>
public sealed class HttpCachingTests : IClassFixture<BudgetGraphFactory>
{
    private const string Query = "query Functional($level: Int) { breakdown(year: 2026, by: FUNCTIONAL, level: $level) { key amount(unit: WAN_YUAN) } }";

    private readonly SqlCommandCounter _counter = new();
    private readonly HttpClient _http;

    public HttpCachingTests(BudgetGraphFactory factory)
    {
        var counted = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Http:CacheMaxAgeSeconds", "120")
            .ConfigureTestServices(services => services.AddSingleton<IInterceptor>(_counter)));
        _http = counted.CreateClient();
    }

    [Fact]
    public async Task Get_Success_WeakETagPublicMaxAgeAndVaryAccept()
    {
        using var response = await _http.SendAsync(GraphQLGetRequest.Create(Query, variables: new { level = 3 }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.ETag?.IsWeak, "weak ETag expected, got " + response.Headers.ETag);
        Assert.Equal("public, max-age=120", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal(195.6m, (await GraphQLTestClient.ReadJsonAsync(response)).Data()["breakdown"]!.Row("2010301").Amount("amount"));
    }

    [Fact]
    public async Task Get_IfNoneMatchTheETag_304WithoutRunningTheQuery()
    {
        using var first = await _http.SendAsync(GraphQLGetRequest.Create(Query, variables: new { level = 2 }));
        var etag = first.Headers.ETag!.ToString();
        _counter.Reset();

        using var again = await _http.SendAsync(GraphQLGetRequest.Create(Query, variables: new { level = 2 }, ifNoneMatch: etag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag?.ToString());
        Assert.Equal("public, max-age=120", again.Headers.CacheControl?.ToString());
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, _counter.Count);
    }

    [Fact]
    public async Task Get_OtherVariablesOrMediaType_OtherETagAndFullAnswer()
    {
        using var level1 = await _http.SendAsync(GraphQLGetRequest.Create(Query, variables: new { level = 1 }));
        var etag = level1.Headers.ETag!.ToString();

        using var level2 = await _http.SendAsync(GraphQLGetRequest.Create(Query, variables: new { level = 2 }, ifNoneMatch: etag));
        using var otherType = GraphQLGetRequest.Create(Query, variables: new { level = 1 }, ifNoneMatch: etag);
        otherType.Headers.Add("Accept", "application/graphql-response+json");
        using var json = await _http.SendAsync(otherType);

        Assert.Equal(HttpStatusCode.OK, level2.StatusCode);
        Assert.NotEqual(etag, level2.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.NotEqual(etag, json.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Get_PersistedHashAndItsText_ShareTheETag()
    {
        const string query = "{ sharedETag: years }";
        using var byText = await _http.SendAsync(GraphQLGetRequest.Create(query));

        using var byHash = await _http.SendAsync(GraphQLGetRequest.Create(
            hash: GraphQLGetRequest.HashOf(query), ifNoneMatch: byText.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, byHash.StatusCode);
    }

    [Fact]
    public async Task Get_GzipAccepted_CompressedWithETagAndVaryOnBoth()
    {
        using var request = GraphQLGetRequest.Create(Query, variables: new { level = 3 });
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await _http.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(response.Headers.ETag?.IsWeak);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Equal(195.6m, GraphQLTestClient.Parse(await reader.ReadToEndAsync()).Data()["breakdown"]!.Row("2010301").Amount("amount"));
    }

    [Fact]
    public async Task Get_FromAnotherOrigin_ETagExposedToScripts()
    {
        using var request = GraphQLGetRequest.Create("{ years }");
        request.Headers.Add("Origin", "https://newsroom.example");

        using var response = await _http.SendAsync(request);

        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("ETag", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostAndErrors_NoStoreAndNoETag()
    {
        var client = new GraphQLTestClient(_http);
        using var post = await client.PostAsync("{ years }");
        using var invalid = await client.GetAsync("{ noSuchField }", accept: "application/graphql-response+json");
        using var notFound = await client.GetAsync("{ department(id: \"no-such-department\") { name } }");

        foreach (var response in new[] { post, invalid })
        {
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Null(response.Headers.ETag);
        }

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        // A field that answers null without an error is a successful, cacheable answer.
        Assert.Equal(HttpStatusCode.OK, notFound.StatusCode);
        Assert.Equal(JTokenType.Null, (await GraphQLTestClient.ReadJsonAsync(notFound)).Data()["department"]!.Type);
        Assert.NotNull(notFound.Headers.ETag);
    }

    [Fact]
    public async Task Get_AfterAnImport_NewETagAndTheNewData_UnchangedReimportKeepsIt()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-etag-").FullName;
        try
        {
            await using var factory = new BudgetGraphFactory();
            // Every GET reads the dataset version, instead of reusing it for up to a second.
            using var http = factory.WithWebHostBuilder(builder => builder.UseSetting("Http:DatasetVersionCacheSeconds", "0")).CreateClient();
            const string departments = "{ departments { totalCount } }";
            using var before = await http.SendAsync(GraphQLGetRequest.Create(departments));
            var etag = before.Headers.ETag!.ToString();

            await ImportAsync(factory, RepositoryPaths.ReferenceDisclosure);
            using var afterReimport = await http.SendAsync(GraphQLGetRequest.Create(departments, ifNoneMatch: etag));
            await ImportAsync(factory, ReferenceBudget.Write(folder, 1).Single());
            using var afterImport = await http.SendAsync(GraphQLGetRequest.Create(departments, ifNoneMatch: etag));

            Assert.Equal(HttpStatusCode.NotModified, afterReimport.StatusCode);
            Assert.Equal(HttpStatusCode.OK, afterImport.StatusCode);
            Assert.NotEqual(etag, afterImport.Headers.ETag?.ToString());
            var before1 = (int)(await GraphQLTestClient.ReadJsonAsync(before)).Data()["departments"]!["totalCount"]!;
            Assert.Equal(before1 + 1, (int)(await GraphQLTestClient.ReadJsonAsync(afterImport)).Data()["departments"]!["totalCount"]!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ImportAsync(BudgetGraphFactory factory, string file)
    {
        await using var db = new BudgetDbContext(factory.CreateDbContextOptions());
        await new DisclosureImporter(db).ImportFileAsync(file);
    }
}
