using System.Net;
using System.Text;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.Export;

/// <summary>GET /export/{name}.ndjson: one JSON object per row, as /graphql has it.</summary>
public sealed class NdjsonExportTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Breakdown_FunctionalItems_OneLinePerItemWithNestedJson()
    {
        const string query = "{ breakdown(year: 2026, by: FUNCTIONAL, level: 3) { key label amount(unit: WAN_YUAN) sources { table row } } }";

        using var response = await _client.GetAsync(ExportRequest.Url("functional-2026.ndjson", query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("functional-2026.ndjson", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'{', bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        var lines = text[..^1].Split('\n');
        Assert.Equal(4, lines.Length);
        var first = GraphQLTestClient.Parse(lines[0]);
        Assert.Equal("2010301", (string?)first["key"]);
        Assert.Equal("行政运行", (string?)first["label"]);
        Assert.Equal(195.6m, (decimal)first["amount"]!);
        Assert.Equal("03 部门支出总体情况表", (string?)first["sources"]![0]!["table"]);
        Assert.Equal(
            [195.6m, 20.59m, 16.43m, 18.03m],
            lines.Select(line => (decimal)GraphQLTestClient.Parse(line)["amount"]!));
    }

    [Fact]
    public async Task Series_KeepsPointsNested()
    {
        const string query = "{ series(by: FUNCTIONAL, level: 1, fromYear: 2025, toYear: 2026) { key points { year amount(unit: WAN_YUAN) } } }";

        using var response = await _client.GetAsync(ExportRequest.Url("series.ndjson", query));
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.Equal(3, lines.Length);
        var first = GraphQLTestClient.Parse(lines[0]);
        Assert.Equal("201", (string?)first["key"]);
        Assert.Null((decimal?)first["points"]![0]!["amount"]);
        Assert.Equal(216.19m, (decimal)first["points"]![1]!["amount"]!);
    }
}
