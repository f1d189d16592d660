using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Export;

/// <summary>
/// The whole dataset as a Fiscal Data Package: the descriptor is read back and every file checked against it (fields,
/// types, keys, row counts), the counts against the database, and the zip against the separate downloads.
/// </summary>
public sealed class DataPackageTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string Descriptor = "/export/datapackage.json";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Descriptor_DeclaresFiscalPackageWithLicenceSourcesAndModel()
    {
        var descriptor = await ReadDescriptorAsync();

        Assert.Equal("fiscal-data-package", (string?)descriptor["profile"]);
        Assert.Equal("CC-BY-4.0", (string?)descriptor["licenses"]![0]!["name"]);
        var source = Assert.Single(descriptor["sources"]!);
        Assert.Equal("新乡市红旗区行政审批和政务信息管理局2026年部门预算", (string?)source["title"]);
        Assert.Equal("xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt", (string?)source["path"]);
        Assert.Equal(
            ["regions", "departments", "documents", "classification", "budget_lines", "tables", "table_rows", "subtotals", "findings", "finding_locations", "stated_figures", "facts", "projects"],
            descriptor["resources"]!.Select(r => (string)r["name"]!));
        Assert.Equal("amount", (string?)descriptor["model"]!["measures"]!["amount"]!["source"]);
        Assert.Equal("CNY", (string?)descriptor["model"]!["measures"]!["amount"]!["currency"]);
        Assert.Equal("functional_code", (string?)descriptor["model"]!["dimensions"]!["functional_classification"]!["attributes"]!["code"]!["source"]);
    }

    [Fact]
    public async Task EveryResource_ValidatesAgainstItsOwnSchema()
    {
        var descriptor = await ReadDescriptorAsync();
        var tables = new Dictionary<string, (JToken Resource, List<string[]> Rows)>();
        foreach (var resource in descriptor["resources"]!)
        {
            Assert.Equal("csv", (string?)resource["format"]);
            Assert.Equal("utf-8", (string?)resource["encoding"]);
            tables[(string)resource["name"]!] = (resource, await ReadResourceAsync((string)resource["path"]!));
        }

        foreach (var (name, (resource, rows)) in tables)
        {
            var fields = resource["schema"]!["fields"]!.ToList();
            Assert.Equal(fields.Select(f => (string)f["name"]!), rows[0]);
            Assert.Equal((long)resource["count_of_rows"]!, rows.Count - 1);
            foreach (var row in rows[1..])
            {
                Assert.Equal(fields.Count, row.Length);
                for (var i = 0; i < fields.Count; i++)
                    AssertCell(name, fields[i], row[i]);
            }

            var primaryKey = Columns(rows[0], resource["schema"]!["primaryKey"]!);
            var keys = rows[1..].Select(row => Key(row, primaryKey)).ToList();
            Assert.True(keys.Count == keys.Distinct().Count(), $"{name}: primary key values repeat");
            foreach (var foreignKey in resource["schema"]!["foreignKeys"]!)
            {
                var target = (string)foreignKey["reference"]!["resource"]!;
                var (_, targetRows) = target.Length == 0 ? tables[name] : tables[target];
                var referenced = targetRows[1..].Select(row => Key(row, Columns(targetRows[0], foreignKey["reference"]!["fields"]!))).ToHashSet();
                var columns = Columns(rows[0], foreignKey["fields"]!);
                foreach (var row in rows[1..].Where(row => columns.All(c => row[c].Length > 0)))
                    Assert.True(referenced.Contains(Key(row, columns)), $"{name}: {Key(row, columns)} has no row in {(target.Length == 0 ? name : target)}");
            }
        }
    }

    [Fact]
    public async Task RowCounts_EqualTheDatabase()
    {
        var descriptor = await ReadDescriptorAsync();
        await using var db = new BudgetDbContext(factory.CreateDbContextOptions());
        var expected = new Dictionary<string, long>
        {
            ["regions"] = await db.Regions.LongCountAsync(),
            ["departments"] = await db.Departments.LongCountAsync(),
            ["documents"] = await db.Documents.LongCountAsync(),
            ["classification"] = await db.ClassificationNodes.LongCountAsync(),
            ["budget_lines"] = await db.BudgetLines.LongCountAsync(),
            ["tables"] = await db.DisclosedTables.LongCountAsync(),
            ["table_rows"] = await db.DisclosedRows.LongCountAsync(),
            ["subtotals"] = await db.PublishedSubtotals.LongCountAsync(),
            ["findings"] = await db.Findings.LongCountAsync(),
            ["finding_locations"] = await db.FindingLocations.LongCountAsync(),
            ["stated_figures"] = await db.StatedComparisons.LongCountAsync(),
            ["facts"] = await db.DocumentFacts.LongCountAsync(),
            ["projects"] = await db.Projects.LongCountAsync(),
        };

        foreach (var resource in descriptor["resources"]!)
        {
            var name = (string)resource["name"]!;
            // The reference document prints no 类/款 subtotal rows (Henan's tables have none): subtotals may be empty.
            Assert.True(expected[name] > 0 || name == "subtotals", $"{name} is empty in the reference database");
            Assert.Equal(expected[name], (long)resource["count_of_rows"]!);
            Assert.Equal(expected[name], (await ReadResourceAsync((string)resource["path"]!)).Count - 1);
        }
    }

    [Fact]
    public async Task BudgetLines_ExpenditureAmounts_AddUpToThePublishedTotalInYuan()
    {
        var rows = await ReadResourceAsync("datapackage/budget_lines.csv");
        var header = rows[0].ToList();
        var kind = header.IndexOf("kind");
        var amount = header.IndexOf("amount");
        var functional = header.IndexOf("functional_code");

        var expenditure = rows[1..].Where(row => row[kind] == "EXPENDITURE").ToList();

        Assert.Equal(2506500m, expenditure.Sum(row => decimal.Parse(row[amount], CultureInfo.InvariantCulture)));
        Assert.Equal(1956000m, expenditure.Where(row => row[functional] == "2010301").Sum(row => decimal.Parse(row[amount], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Zip_HoldsTheDescriptorAndEveryResourceByteForByte()
    {
        using var response = await _client.GetAsync("/export/datapackage.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var descriptorBytes = await _client.GetByteArrayAsync(Descriptor);
        var paths = JToken.Parse(Encoding.UTF8.GetString(descriptorBytes))["resources"]!.Select(r => (string)r["path"]!).ToList();

        Assert.Equal(
            paths.Append("datapackage.json").Order(StringComparer.Ordinal),
            archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(descriptorBytes, await EntryBytesAsync(archive, "datapackage.json"));
        foreach (var path in paths)
            Assert.Equal(await _client.GetByteArrayAsync("/export/" + path), await EntryBytesAsync(archive, path));
    }

    [Fact]
    public async Task UnknownResource_Is404NotFound()
    {
        // The glossary is narrative text: the package does not ship it.
        using var response = await _client.GetAsync("/export/datapackage/glossary.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var json = GraphQLTestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NOT_FOUND", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Descriptor_WithItsETag_Is304()
    {
        using var first = await _client.GetAsync(Descriptor);
        using var again = new HttpRequestMessage(HttpMethod.Get, Descriptor);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());

        using var response = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private static void AssertCell(string resource, JToken field, string cell)
    {
        var name = (string)field["name"]!;
        if (cell.Length == 0)
        {
            Assert.True(field["constraints"]?["required"] is null, $"{resource}.{name} is required but empty");
            return;
        }

        var parses = (string)field["type"]! switch
        {
            "integer" => long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "datetime" => cell.EndsWith('Z') && DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            "string" => true,
            "boolean" => cell is "true" or "false",
            var type => throw new Xunit.Sdk.XunitException($"{resource}.{name} has type {type}, which the test does not know"),
        };
        Assert.True(parses, $"{resource}.{name}: '{cell}' is not a {field["type"]}");
    }

    private static int[] Columns(string[] header, JToken names) =>
        [.. names.Select(n => Array.IndexOf(header, (string)n!)).Select(i => i >= 0 ? i : throw new Xunit.Sdk.XunitException("key field not in header"))];

    private static string Key(string[] row, int[] columns) => string.Join('\u001f', columns.Select(c => row[c]));

    private static async Task<byte[]> EntryBytesAsync(ZipArchive archive, string path)
    {
        await using var stream = archive.GetEntry(path)!.Open();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    private async Task<JToken> ReadDescriptorAsync()
    {
        using var response = await _client.GetAsync(Descriptor);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return GraphQLTestClient.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A resource by its path relative to the descriptor, as a Frictionless client resolves it.</summary>
    private async Task<List<string[]>> ReadResourceAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(new Uri("http://localhost" + Descriptor), path).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]);
        return CsvText.Parse(Encoding.UTF8.GetString(bytes));
    }
}
