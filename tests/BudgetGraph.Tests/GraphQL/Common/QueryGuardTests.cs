using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.GraphQL.Common;

/// <summary>
/// Abusive queries (too deep, too complex, pages too large) are refused with a coded error while the request is
/// validated: the SQL command counter proves that not one command reached the database.
/// </summary>
public sealed class QueryGuardTests : IClassFixture<BudgetGraphFactory>
{
    private readonly SqlCommandCounter _counter = new();
    private readonly GraphQLTestClient _client;

    public QueryGuardTests(BudgetGraphFactory factory)
    {
        var counted = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(_counter)));
        _client = new GraphQLTestClient(counted.CreateClient());
    }

    [Fact]
    public async Task Query_Nested20LevelsDeep_IsRefusedAsTooComplexBeforeAnySql()
    {
        // 20 levels: departments › nodes › units › 16 × parent › id.
        var nested = string.Concat(Enumerable.Repeat("parent { ", 16)) + "id" + new string('}', 16);
        var query = $"{{ departments {{ nodes {{ units {{ {nested} }} }} }} }}";
        Assert.Equal(20, Depth(query));

        var json = await RefusedAsync(query);

        Assert.Equal(["QUERY_TOO_COMPLEX"], json.ErrorCodes());
    }

    [Fact]
    public async Task Query_ManyLargePagesOfNestedLists_IsRefusedAsTooComplexBeforeAnySql()
    {
        const string query = """
            { budgetLines(first: 500) { nodes { department { documents { tables { rows { cells } } } } } } }
            """;

        var json = await RefusedAsync(query);

        Assert.Equal(["QUERY_TOO_COMPLEX"], json.ErrorCodes());
        Assert.Contains("complexity", (string?)json["errors"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A query text that passed once is reused without re-validating the schema rules (ValidatedDocumentCache); the
    /// checks that depend on variables must still run on it.
    /// </summary>
    [Fact]
    public async Task Query_CachedDocument_StillRefusedWhenItsVariablesGoOverTheLimits()
    {
        const string pageQuery = "query Lines($size: Int) { years budgetLines(first: $size) { totalCount } }";
        const string complexQuery = """
            query Deep($size: Int) { budgetLines(first: $size) { nodes { department { documents { tables { rows { cells } } } } } } }
            """;
        Assert.NotNull((await _client.QueryAsync(pageQuery, new { size = 5 })).Data()["budgetLines"]);
        Assert.NotNull((await _client.QueryAsync(complexQuery, new { size = 1 })).Data()["budgetLines"]);

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], (await RefusedAsync(pageQuery, new { size = 100000 })).ErrorCodes());
        Assert.Equal(["QUERY_TOO_COMPLEX"], (await RefusedAsync(complexQuery, new { size = 500 })).ErrorCodes());
    }

    [Theory]
    [InlineData("{ years departments(first: 100000) { nodes { name } } }")]
    [InlineData("{ years documents(first: 501) { totalCount } }")]
    [InlineData("{ years budgetLines(last: 100000) { totalCount } }")]
    public async Task Query_PageOver500_IsRefusedBeforeAnySql(string query)
    {
        var json = await RefusedAsync(query);

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], json.ErrorCodes());
        Assert.Contains("at most 500", (string?)json["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_PageOver500InAVariable_IsRefusedBeforeAnySql()
    {
        const string query = "query Lines($size: Int) { years budgetLines(first: $size) { totalCount } }";

        var json = await RefusedAsync(query, new { size = 100000 });

        Assert.Equal(["PAGE_SIZE_EXCEEDED"], json.ErrorCodes());
    }

    [Theory]
    [InlineData("{ years documents(first: -1) { totalCount } }")]
    [InlineData("{ years documents(first: 1, last: 1) { totalCount } }")]
    public async Task Query_NonsensicalPageArguments_AreBadUserInputBeforeAnySql(string query)
    {
        var json = await RefusedAsync(query);

        Assert.Equal(["BAD_USER_INPUT"], json.ErrorCodes());
    }

    [Fact]
    public async Task Query_GraphiQLIntrospection_PassesBothLimits()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "introspection.graphql"));

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Contains(data["__schema"]!["types"]!, t => (string?)t["name"] == "ClassificationNode");
    }

    [Fact]
    public async Task Query_FiftyDepartmentsWithNestedLists_PassesBothLimits()
    {
        const string query = """
            { departments(first: 50) { nodes { total(year: 2026) units { name } projects { indicators { name } } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Single(data["departments"]!["nodes"]!);
    }

    /// <summary>
    /// The three requests that stalled a core (issue 12): a parse error far along a long line, fragments each spreading
    /// the previous one twice, and thousands of directives on one field. Each is refused by the linear pass before the
    /// parser, validation or cost analysis see it.
    /// </summary>
    [Theory]
    [InlineData("parse-error", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("fragments", "QUERY_TOO_LARGE")]
    [InlineData("directives", "QUERY_TOO_LARGE")]
    [InlineData("long", "QUERY_TOO_LARGE")]
    public async Task Query_ThatStalledTheParserOrValidation_RefusedBeforeAnySql(string kind, string code)
    {
        var query = kind switch
        {
            "parse-error" => "{" + new string(' ', 30_000) + "!}",
            "fragments" => "{ ...F26 }\nfragment F0 on Query { years }\n"
                + string.Join("\n", Enumerable.Range(1, 26).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}")),
            "directives" => "{ years" + string.Concat(Enumerable.Repeat(" @skip(if: false)", 1_000)) + " }",
            _ => "{" + new string(' ', 130_000) + "!}",
        };

        var json = await RefusedAsync(query);

        Assert.Equal([code], json.ErrorCodes());
        if (kind == "parse-error")
            Assert.Equal(30_002, (int)json["errors"]![0]!["locations"]![0]!["column"]!);
    }

    /// <summary>
    /// The API's own cost analysis costs each fragment once and scales it by where it is spread: 10 fragments each
    /// spreading the previous twice cost exactly 2^10 times the innermost (departments of 500: 1 + 500 × (nodes 1 +
    /// name 1) = 1,001), worked out without expanding 1,024 copies (3,072 fields: within the expanded-field limit).
    /// </summary>
    [Fact]
    public async Task Query_FragmentsSpreadingEachOtherTwice_CostedExactlyAndRefusedBeforeAnySql()
    {
        var fragments = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));
        var query = "{ ...F10 }\nfragment F0 on Query { departments(first: 500) { nodes { name } } }\n" + fragments;

        var json = await RefusedAsync(query);

        Assert.Equal(["QUERY_TOO_COMPLEX"], json.ErrorCodes());
        Assert.Contains("Complexity is 1025024;", (string?)json["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    private async Task<JToken> RefusedAsync(string query, object? variables = null)
    {
        await _client.QueryAsync("{ years }");
        _counter.Reset();

        using var response = await _client.PostAsync(query, variables);
        var json = await GraphQLTestClient.ReadJsonAsync(response);

        Assert.Equal(0, _counter.Count);
        Assert.Null(json["data"]);
        return json;
    }

    /// <summary>Nesting depth of a query's selection sets (the outer braces are the operation, not a level).</summary>
    private static int Depth(string query)
    {
        int depth = 0, deepest = 0;
        foreach (var c in query)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
