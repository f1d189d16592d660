using System.Net;
using System.Text;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Export;

/// <summary>GET /export/{name}.csv: a query's result as a spreadsheet, with the reference disclosure's published figures.</summary>
public sealed class CsvExportTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string FunctionalItems = "{ breakdown(year: 2026, by: FUNCTIONAL, level: 3) { key label amount(unit: WAN_YUAN) share } }";

    private static readonly byte[] _byteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Breakdown_FunctionalItemsInWanYuan_ListsTheFourPublishedItems()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("functional-2026.csv", FunctionalItems));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(
            "attachment; filename=\"functional-2026.csv\"; filename*=UTF-8''functional-2026.csv",
            string.Join(",", response.Content.Headers.GetValues("Content-Disposition")));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(_byteOrderMark, bytes[..3]);
        var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal(["key", "label", "amount (万元)", "share"], rows[0]);
        Assert.Equal(
            [
                ["2010301", "行政运行", "195.6"],
                ["2010399", "其他政府办公厅（室）及相关机构事务支出", "20.59"],
                ["2080505", "机关事业单位基本养老保险缴费支出", "16.43"],
                ["2210201", "住房公积金", "18.03"],
            ],
            rows[1..].Select(row => row[..3]));
        Assert.Equal(1m, rows[1..].Sum(row => decimal.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture)), 10);
    }

    [Fact]
    public async Task Breakdown_UnitFromVariableOrDefault_NamesTheUnitInTheHeader()
    {
        const string query = "query Items($unit: AmountUnit = YI_YUAN) { breakdown(year: 2026, by: FUNCTIONAL, level: 1) { key inYuan: amount amount(unit: $unit) } }";

        var fromDefault = await ReadCsvAsync(ExportRequest.Url("a.csv", query));
        var fromVariable = await ReadCsvAsync(ExportRequest.Url("a.csv", query, new { unit = "WAN_YUAN" }));

        Assert.Equal(["key", "inYuan (元)", "amount (亿元)"], fromDefault[0]);
        Assert.Equal(["201", "2161900", "0.021619"], fromDefault[1]);
        Assert.Equal(["key", "inYuan (元)", "amount (万元)"], fromVariable[0]);
        Assert.Equal(["201", "2161900", "216.19"], fromVariable[1]);
    }

    [Fact]
    public async Task BudgetLines_ConnectionNodes_OneRowPerLineWithDottedColumns()
    {
        var totalCount = await TotalLinesAsync();
        const string query = """
            { budgetLines(first: 500, order: [{functional: ASC}]) { totalCount nodes { id year department { name region { code } }
                functional { code name } expenditureType amount(unit: WAN_YUAN) source { table row } } } }
            """;

        var rows = await ReadCsvAsync(ExportRequest.Url("lines.csv", query));

        Assert.Equal(
            ["id", "year", "department.name", "department.region.code", "functional.code", "functional.name", "expenditureType", "amount (万元)", "source.table", "source.row"],
            rows[0]);
        Assert.Equal(totalCount, rows.Count - 1);
        Assert.All(rows[1..], row => Assert.Equal(rows[0].Length, row.Length));
        Assert.All(rows[1..], row => Assert.Equal("新乡市红旗区行政审批和政务信息管理局", row[2]));
        // The functional view (table 03) adds up to the published total, 250.65 万元.
        var functional = rows[1..].Where(row => row[4].Length > 0 && row[6].Length > 0).ToList();
        Assert.Equal(250.65m, functional.Sum(row => decimal.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task BudgetLines_EdgesPage_RowsAreThePagesNodes()
    {
        const string query = "{ budgetLines(first: 3) { edges { cursor node { id amount } } pageInfo { hasNextPage } } }";

        var rows = await ReadCsvAsync(ExportRequest.Url("page.csv", query));

        Assert.Equal(["id", "amount (元)"], rows[0]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task Compare_StatedChange_WritesThePublishedFigures()
    {
        const string query = "{ compare(baseYear: 2025, year: 2026, by: DEPARTMENT) { label base(unit: WAN_YUAN) current(unit: WAN_YUAN) change(unit: WAN_YUAN) changePercent basis statedReason } }";

        var rows = await ReadCsvAsync(ExportRequest.Url("compare.csv", query));

        Assert.Equal(["label", "base (万元)", "current (万元)", "change (万元)", "changePercent", "basis", "statedReason"], rows[0]);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["新乡市红旗区行政审批和政务信息管理局", "378.67", "250.65", "-128.02", "-33.81", "STATED"], rows[1][..6]);
        Assert.Contains("过紧日子", rows[1][6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_PointsPerClass_OneRowPerPointWithTheClassRepeated()
    {
        const string query = "{ series(by: FUNCTIONAL, level: 1, fromYear: 2025, toYear: 2026) { key label points { year amount(unit: WAN_YUAN) } } }";

        var rows = await ReadCsvAsync(ExportRequest.Url("series.csv", query));

        Assert.Equal(["key", "label", "points.year", "points.amount (万元)"], rows[0]);
        Assert.Equal(
            [
                ["201", "一般公共服务支出", "2025", ""],
                ["201", "一般公共服务支出", "2026", "216.19"],
                ["208", "社会保障和就业支出", "2025", ""],
                ["208", "社会保障和就业支出", "2026", "16.43"],
                ["221", "住房保障支出", "2025", ""],
                ["221", "住房保障支出", "2026", "18.03"],
            ],
            rows[1..]);
    }

    [Fact]
    public async Task NestedList_InARow_IsOneJsonCell()
    {
        const string query = """{ breakdown(year: 2026, by: FUNCTIONAL, level: 3, where: {functional: {eq: "2010399"}}) { key sources { table row } } }""";

        var rows = await ReadCsvAsync(ExportRequest.Url("sources.csv", query));

        Assert.Equal(["key", "sources"], rows[0]);
        Assert.Equal(["2010399", """[{"table":"03 部门支出总体情况表","row":4}]"""], rows[1]);
    }

    [Fact]
    public async Task Documents_FindingsCell_IsExactlyTheGraphQLJson()
    {
        const string query = "{ documents { nodes { id findings { severity code message difference(unit: WAN_YUAN) } } } }";
        var expected = await new GraphQLTestClient(_client).QueryAsync(query);

        var rows = await ReadCsvAsync(ExportRequest.Url("findings.csv", query));

        Assert.Equal(["id", "findings"], rows[0]);
        var document = Assert.Single(rows[1..]);
        var findings = GraphQLTestClient.Parse(document[1]);
        Assert.True(JToken.DeepEquals(expected["data"]!["documents"]!["nodes"]![0]!["findings"], findings), document[1]);
        Assert.Contains(findings, finding => (string?)finding["code"] == "ECONOMIC_SUMMARY_TOTAL_MISMATCH" && (decimal?)finding["difference"] == 3.75m);
    }

    [Fact]
    public async Task EmptyResult_StillHasItsHeader()
    {
        var rows = await ReadCsvAsync(ExportRequest.Url("none.csv", "{ breakdown(year: 1999, by: FUNCTIONAL) { key amount } }"));

        Assert.Equal([["key", "amount (元)"]], rows);
    }

    [Fact]
    public async Task ChineseName_IsKeptInFilenameStar()
    {
        using var response = await _client.GetAsync(ExportRequest.Url("功能分类.csv", FunctionalItems));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("功能分类.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.StartsWith("attachment; filename=\"____.csv\"; ", string.Join(",", response.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameExportAgain_WithItsETag_Is304()
    {
        var url = ExportRequest.Url("again.csv", FunctionalItems);
        using var first = await _client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());

        using var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task FromAnotherSite_IsAllowedAndTheFileNameReadable()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ExportRequest.Url("f.csv", FunctionalItems));
        request.Headers.Add("Origin", "https://newsroom.example");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Content-Disposition", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<List<string[]>> ReadCsvAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode} for {url}\n{Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(_byteOrderMark, bytes[..3]);
        return CsvText.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    private async Task<int> TotalLinesAsync()
    {
        var json = await new GraphQLTestClient(_client).QueryAsync("{ budgetLines { totalCount } }");
        return (int)json["data"]!["budgetLines"]!["totalCount"]!;
    }
}
