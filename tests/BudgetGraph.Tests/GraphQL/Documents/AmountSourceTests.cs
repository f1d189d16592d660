using System.Globalization;
using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.GraphQL.Documents;

/// <summary>
/// The amounts with no cell of their own still cite their evidence: a department's total lists the published cells it
/// adds up, and a STATED comparison base cites the narrative sentence — each checked against the document as published.
/// </summary>
public sealed class AmountSourceTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string DepartmentId = "410702/DEPARTMENT/028";
    private const string Title = "新乡市红旗区行政审批和政务信息管理局2026年部门预算";

    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task DepartmentTotalSources_2026_AddUpToTheTotalInThePublishedCells()
    {
        var data = (await _client.QueryAsync($$"""
            { department(id: "{{DepartmentId}}") { total(year: 2026, unit: WAN_YUAN)
                totalSources(year: 2026) { document { id } table row line column citation } none: totalSources(year: 2025) { row } }
              documents { nodes { id tables { number title unit rows { row header line cells } } } } }
            """)).Data();

        var department = data["department"]!;
        Assert.Equal(250.65m, department.Amount("total"));
        Assert.Empty(department["none"]!);
        var document = Assert.Single(data["documents"]!["nodes"]!);
        var sources = department["totalSources"]!.ToList();
        Assert.NotEmpty(sources);
        var published = sources.Sum(source =>
        {
            Assert.Equal((string?)document["id"], (string?)source["document"]!["id"]);
            Assert.NotNull((int?)source["line"]);
            return PublishedCell(document["tables"]!, source);
        });
        Assert.Equal(250.65m, published);
        Assert.StartsWith($"{Title}, 表03 部门支出总体情况表, 第", (string?)sources[0]["citation"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareStatedBasis_2025To2026_CitesTheNarrativeSentence()
    {
        var row = Assert.Single((await _client.QueryAsync("""
            { compare(baseYear: 2025, year: 2026, by: DEPARTMENT) { basis statedChange(unit: WAN_YUAN) statedText baseSources { row }
                statedSource { document { id } line text citation(style: TEXT) } statedSources { line } } }
            """)).Data()["compare"]!);

        Assert.Equal("STATED", (string?)row["basis"]);
        Assert.Empty(row["baseSources"]!);
        var source = row["statedSource"]!;
        Assert.Equal(80, (int)source["line"]!);
        Assert.Equal("410702/DEPARTMENT/028/2026/BUDGET", (string?)source["document"]!["id"]);
        var text = (string?)source["text"];
        Assert.Contains("支出减少128.02万元", text, StringComparison.Ordinal);
        Assert.Equal(text, (string?)row["statedText"]);
        Assert.Contains(text!, PublishedLine(80), StringComparison.Ordinal);
        Assert.Equal(-128.02m, row.Amount("statedChange"));
        Assert.Equal($"{Title}, 正文, 文本第80行 (file sha256 31d5845a9c09…)", (string?)source["citation"]);
        Assert.Equal(80, (int)Assert.Single(row["statedSources"]!)["line"]!);
    }

    [Fact]
    public async Task CompareDocumentsBasis_NoNarrative_CitesNoSentence()
    {
        var rows = (await _client.QueryAsync("""
            { compare(baseYear: 2026, year: 2026, by: FUNCTIONAL, level: 1) { basis statedText statedSource { line } statedSources { line } } }
            """)).Data()["compare"]!;

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal("DOCUMENTS", (string?)row["basis"]);
            Assert.Equal(JTokenType.Null, row["statedSource"]!.Type);
            Assert.Null((string?)row["statedText"]);
            Assert.Empty(row["statedSources"]!);
        });
    }

    /// <summary>
    /// The cell a source names, read from the table as published: the data row by number (on the cited text line),
    /// the column by its header title, the amount in the table's unit (万元 here).
    /// </summary>
    private static decimal PublishedCell(JToken tables, JToken source)
    {
        var table = tables.Single(t => $"{(string?)t["number"]} {(string?)t["title"]}" == (string?)source["table"]);
        Assert.Equal("WAN_YUAN", (string?)table["unit"]);
        var rows = table["rows"]!.ToList();
        var row = rows.Single(r => !(bool)r["header"]! && (int)r["row"]! == (int)source["row"]!);
        Assert.Equal((int)source["line"]!, (int)row["line"]!);
        var column = (string?)source["column"];
        Assert.False(string.IsNullOrEmpty(column), $"source without a column: {source}");
        var index = Assert.Single(rows.Where(r => (bool)r["header"]!)
            .SelectMany(r => r["cells"]!.Select((cell, i) => (Title: (string?)cell, Index: i)))
            .Where(c => c.Title == column)
            .Select(c => c.Index)
            .Distinct());
        return decimal.Parse((string)row["cells"]![index]!, CultureInfo.InvariantCulture);
    }

    private static string PublishedLine(int line) =>
        File.ReadLines(RepositoryPaths.ReferenceDisclosure).ElementAt(line - 1);
}
