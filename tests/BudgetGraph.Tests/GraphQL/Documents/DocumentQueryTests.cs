using BudgetGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.Documents;

/// <summary>years, documents, their disclosed tables and reconciliation findings.</summary>
public sealed class DocumentQueryTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Documents_StringFilters_AreOrdinalAndCaseSensitive()
    {
        var sha256 = (string)(await _client.QueryAsync("{ documents { nodes { sha256 } } }")).Data()["documents"]!["nodes"]![0]!["sha256"]!;
        var hex = sha256.First(char.IsAsciiLetter);
        var prefix = sha256[..(sha256.IndexOf(hex, StringComparison.Ordinal) + 1)];

        async Task<int> CountAsync(string filter) =>
            (await _client.QueryAsync($"{{ documents(where: {{sha256: {filter}}}) {{ nodes {{ sha256 }} }} }}")).Data()["documents"]!["nodes"]!.Count();

        // The hash prints lowercase hex: the same letters in upper case match nothing, with any operator.
        Assert.True(await CountAsync($"{{startsWith: \"{prefix}\"}}") >= 1);
        Assert.Equal(0, await CountAsync($"{{startsWith: \"{prefix.ToUpperInvariant()}\"}}"));
        Assert.Equal(0, await CountAsync($"{{eq: \"{sha256.ToUpperInvariant()}\"}}"));
        Assert.Equal(0, await CountAsync($"{{contains: \"{prefix.ToUpperInvariant()}\"}}"));
        Assert.Equal(0, await CountAsync($"{{in: [\"{sha256.ToUpperInvariant()}\"]}}"));
    }

    [Fact]
    public async Task Years_ReferenceImported_Returns2026()
    {
        var data = (await _client.QueryAsync("{ years }")).Data();

        Assert.Equal([2026], data["years"]!.Select(y => (int)y));
    }

    [Fact]
    public async Task DocumentFindings_Table07_ReportsTheGapOf375WithItsRows()
    {
        const string query = """
            { documents(where: {year: {eq: 2026}}) { totalCount nodes {
                id title year stage fileName sha256 department { id }
                findings { severity code message table difference(unit: WAN_YUAN) locations { table row line column page } } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var document = Assert.Single(data["documents"]!["nodes"]!);
        Assert.Equal("410702/DEPARTMENT/028/2026/BUDGET", (string?)document["id"]);
        var gap = Assert.Single(document["findings"]!, f => (string?)f["severity"] == "WARNING" && ((string?)f["table"])!.StartsWith("07", StringComparison.Ordinal));
        Assert.Equal(3.75m, gap.Amount("difference"));
        Assert.Contains(gap["locations"]!, l => ((string?)l["table"])!.StartsWith("06", StringComparison.Ordinal));
        Assert.Contains(gap["locations"]!, l => ((string?)l["table"])!.StartsWith("07", StringComparison.Ordinal));
        Assert.Contains("福利费", (string?)gap["message"], StringComparison.Ordinal);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task DocumentTables_Reference_ReturnsTwelveTablesAsPublished()
    {
        const string query = """
            { documents { nodes { tables { number title unit empty rows { row header cells } } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var tables = Assert.Single(data["documents"]!["nodes"]!)["tables"]!.ToList();
        Assert.Equal(12, tables.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), tables.Select(t => (string?)t["number"]));
        Assert.Contains(tables, t => (bool)t["empty"]!);
        var overview = tables[0];
        Assert.Equal("WAN_YUAN", (string?)overview["unit"]);
        Assert.Contains(overview["rows"]!, r => r["cells"]!.Any(c => (string?)c == "250.65"));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task Document_Reference_PrintedTotalIs25065_AndNotPartial()
    {
        const string query = """
            { documents { nodes { partial printedTotal(unit: WAN_YUAN) yuan: printedTotal department { total(year: 2026, unit: WAN_YUAN) } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var document = Assert.Single(data["documents"]!["nodes"]!);
        Assert.False((bool)document["partial"]!);
        Assert.Equal(250.65m, document.Amount("printedTotal"));
        Assert.Equal(2_506_500m, document.Amount("yuan"));
        Assert.Equal(document.Amount("printedTotal"), document["department"]!.Amount("total"));
    }

    [Fact]
    public async Task Documents_WhereOtherYearOrUnknownHash_ReturnsNone()
    {
        const string query = """
            { a: documents(where: {year: {eq: 2025}}) { totalCount nodes { id } }
              b: documents(where: {sha256: {eq: "0000"}}) { totalCount }
              c: documents(where: {department: {eq: "410702/DEPARTMENT/028"}, stage: {eq: BUDGET}}) { totalCount } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Equal(0, (int)data["a"]!["totalCount"]!);
        Assert.Empty(data["a"]!["nodes"]!);
        Assert.Equal(0, (int)data["b"]!["totalCount"]!);
        Assert.Equal(1, (int)data["c"]!["totalCount"]!);
    }
}
