using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.BudgetLines;

/// <summary>budgetLines: filters, order, cursor paging and the source of every line.</summary>
public sealed class BudgetLineQueryTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Theory]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public async Task BudgetLines_InListBeyondItsLimit_FilterTooLarge(int items, bool refused)
    {
        var codes = string.Join(", ", Enumerable.Range(0, items).Select(i => $"\"{2000000 + i}\""));

        var response = await _client.QueryAsync($"{{ budgetLines(where: {{functional: {{in: [{codes}]}}}}) {{ totalCount }} }}");

        Assert.Equal(refused ? ["FILTER_TOO_LARGE"] : null, response["errors"] is null ? null : response.ErrorCodes());
    }

    [Theory]
    [InlineData(50, 0, false)]
    [InlineData(51, 0, true)]
    [InlineData(8, 8, true)]
    public async Task BudgetLines_AndOrBranchesBeyondTheLimit_FilterTooLarge(int branches, int nested, bool refused)
    {
        var inner = nested == 0 ? "{year: {eq: 2026}}" : "{or: [" + string.Join(", ", Enumerable.Repeat("{year: {eq: 2026}}", nested)) + "]}";
        var where = "{or: [" + string.Join(", ", Enumerable.Repeat(inner, branches)) + "]}";

        var response = await _client.QueryAsync($"{{ budgetLines(where: {where}) {{ totalCount }} }}");

        Assert.Equal(refused ? ["FILTER_TOO_LARGE"] : null, response["errors"] is null ? null : response.ErrorCodes());
    }

    [Fact]
    public async Task BudgetLines_FunctionalStartsWith20103_ReturnsOnlyThatSection()
    {
        const string query = """
            { budgetLines(where: {functional: {startsWith: "20103"}}) {
                totalCount
                nodes { kind functional { code name level parent { code } } expenditureType amount(unit: WAN_YUAN)
                        source { table row column } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var lines = data["budgetLines"]!["nodes"]!.ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True((string?)line["functional"]!["code"] is "2010301" or "2010399", line.ToString()));
        Assert.Equal(216.19m, lines.Where(l => (string?)l["kind"] == "EXPENDITURE").Sum(l => l.Amount("amount")));
        Assert.Equal(lines.Count, (int)data["budgetLines"]!["totalCount"]!);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task BudgetLines_FirstTwoThenAfter_WalksEveryLineOnce()
    {
        var all = await IdsAsync("first: 500");
        var walked = new List<string>();
        string? after = null;
        for (var page = 0; page < all.Count; page++)
        {
            var arguments = after is null ? "first: 2" : $"first: 2, after: \"{after}\"";
            var connection = (await _client.QueryAsync($"{{ budgetLines({arguments}) {{ edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage endCursor }} }} }}"))
                .Data()["budgetLines"]!;
            var edges = connection["edges"]!.ToList();
            Assert.InRange(edges.Count, 1, 2);
            walked.AddRange(edges.Select(e => (string)e["node"]!["id"]!));
            Assert.Equal((string?)edges[^1]["cursor"], (string?)connection["pageInfo"]!["endCursor"]);
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!)
                break;
            after = (string?)connection["pageInfo"]!["endCursor"];
        }

        Assert.True(all.Count > 2, "The reference document has more than one page of lines.");
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task BudgetLines_OrderedByAmount_PagesKeepTheOrder()
    {
        var all = await IdsAsync("first: 500, order: [{amount: DESC}]");
        var first = await IdsAsync("first: 5, order: [{amount: DESC}]");
        var cursor = (string?)(await _client.QueryAsync("{ budgetLines(first: 5, order: [{amount: DESC}]) { pageInfo { endCursor } } }"))
            .Data()["budgetLines"]!["pageInfo"]!["endCursor"];
        var next = await IdsAsync($"first: 5, after: \"{cursor}\", order: [{{amount: DESC}}]");

        Assert.Equal(all.Take(10), first.Concat(next));
    }

    [Fact]
    public async Task BudgetLines_LastBefore_ReturnsThePrecedingPage()
    {
        var all = await IdsAsync("first: 500");
        var connection = (await _client.QueryAsync("{ budgetLines(first: 4) { edges { cursor } } }")).Data()["budgetLines"]!;
        var fourth = (string?)connection["edges"]![3]!["cursor"];

        var last = (await _client.QueryAsync($"{{ budgetLines(last: 2, before: \"{fourth}\") {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage }} }} }}"))
            .Data()["budgetLines"]!;

        Assert.Equal(all.Skip(1).Take(2), last["nodes"]!.Select(n => (string)n["id"]!));
        Assert.True((bool)last["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task BudgetLines_NoFirst_ReturnsDefaultPageOf50()
    {
        var connection = (await _client.QueryAsync("{ budgetLines { totalCount nodes { id } pageInfo { hasNextPage } } }")).Data()["budgetLines"]!;

        Assert.Equal(Math.Min(50, (int)connection["totalCount"]!), connection["nodes"]!.Count());
    }

    [Fact]
    public async Task BudgetLines_ForeignCursor_ReturnsBadUserInput()
    {
        var response = await _client.QueryAsync("""{ budgetLines(after: "not-a-cursor") { totalCount } }""");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes());
    }

    [Fact]
    public async Task BudgetLines_EveryLine_HasASource()
    {
        var lines = (await _client.QueryAsync("{ budgetLines(first: 500) { totalCount nodes { source { document { id } table row line } } } }"))
            .Data()["budgetLines"]!;

        Assert.Equal((int)lines["totalCount"]!, lines["nodes"]!.Count());
        Assert.All(lines["nodes"]!, line =>
        {
            var source = line["source"]!;
            Assert.Equal("410702/DEPARTMENT/028/2026/BUDGET", (string?)source["document"]!["id"]);
            Assert.False(string.IsNullOrEmpty((string?)source["table"]));
            Assert.True((int)source["row"]! >= 1);
            Assert.NotNull((int?)source["line"]);
        });
    }

    [Fact]
    public async Task BudgetLines_AmountInYuanAndOr_CombinesConditions()
    {
        const string query = """
            { budgetLines(where: {amount: {gte: 200000}, or: [{kind: {eq: INCOME}}, {expenditureType: {in: [PROJECT]}}]}, order: [{amount: DESC}]) {
                nodes { kind expenditureType fundingSource amount } } }
            """;

        var lines = (await _client.QueryAsync(query)).Data()["budgetLines"]!["nodes"]!.ToList();

        Assert.Equal(2506500m, lines[0].Amount("amount"));
        Assert.Equal("GENERAL_PUBLIC_BUDGET", (string?)lines[0]["fundingSource"]);
        Assert.All(lines.Skip(1), line =>
        {
            Assert.Equal("PROJECT", (string?)line["expenditureType"]);
            Assert.Equal(205900m, line.Amount("amount"));
        });
    }

    [Fact]
    public async Task BudgetLines_FilterAsVariables_ComparesDecimalAmountsExactly()
    {
        const string query = """
            query Lines($where: BudgetLineFilterInput) { budgetLines(where: $where) { nodes { kind marker amount(unit: WAN_YUAN) } } }
            """;
        var variables = new { where = new { amount = new { eq = 205900.00m }, kind = new { @in = new[] { "EXPENDITURE", "ECONOMIC" } } } };

        var lines = (await _client.QueryAsync(query, variables)).Data()["budgetLines"]!["nodes"]!.ToList();

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal(20.59m, line.Amount("amount")));
        Assert.Contains(lines, line => (string?)line["marker"] == "PROJECT");
    }

    [Fact]
    public async Task BudgetLines_DepartmentAndRegion_SelectTheDepartmentAndItsUnits()
    {
        const string query = """
            { all: budgetLines { totalCount }
              department: budgetLines(where: {department: {eq: "410702/DEPARTMENT/028"}}) { totalCount }
              notDepartment: budgetLines(where: {department: {neq: "410702/DEPARTMENT/028"}}) { totalCount }
              region: budgetLines(where: {region: {eq: "410702"}}) { totalCount }
              otherRegion: budgetLines(where: {region: {eq: "310107"}}) { totalCount } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var all = (int)data["all"]!["totalCount"]!;
        Assert.Equal(all, (int)data["department"]!["totalCount"]!);
        Assert.Equal(0, (int)data["notDepartment"]!["totalCount"]!);
        Assert.Equal(all, (int)data["region"]!["totalCount"]!);
        Assert.Equal(0, (int)data["otherRegion"]!["totalCount"]!);
    }

    [Fact]
    public async Task BudgetLines_AmountWithFiveDecimals_ReturnsBadUserInput()
    {
        var response = await _client.QueryAsync("{ budgetLines(where: {amount: {eq: 1.00001}}) { totalCount } }");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes());
    }

    private async Task<List<string>> IdsAsync(string arguments)
    {
        var nodes = (await _client.QueryAsync($"{{ budgetLines({arguments}) {{ nodes {{ id }} }} }}")).Data()["budgetLines"]!["nodes"]!;
        return [.. nodes.Select(n => (string)n["id"]!)];
    }
}
