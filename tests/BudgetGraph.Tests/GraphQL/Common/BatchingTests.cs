using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Tests.GraphQL.Common;

/// <summary>
/// No resolver runs one query per row: nested lists are batched per level, so the number of SQL commands depends on
/// the shape of the query, not on how many rows it returns.
/// </summary>
public sealed class BatchingTests : IClassFixture<BudgetGraphFactory>
{
    private const string NestedFields = "nodes { name units { name } total(year: 2026) projects { name indicators { name } } documents { findings { code } } }";

    private readonly SqlCommandCounter _counter = new();
    private readonly GraphQLTestClient _client;

    public BatchingTests(BudgetGraphFactory factory)
    {
        var counted = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(_counter)));
        _client = new GraphQLTestClient(counted.CreateClient());
    }

    [Fact]
    public async Task Departments_NestedListsForOneOrTwoRows_RunTheSameFewCommands()
    {
        var one = await CountAsync($"{{ departments {{ {NestedFields} }} }}", expectedRows: 1);
        var two = await CountAsync($"{{ departments(where: {{scope: {{in: [DEPARTMENT, UNIT]}}}}) {{ {NestedFields} }} }}", expectedRows: 2);

        Assert.Equal(one, two);
        Assert.InRange(two, 1, 8);
    }

    [Fact]
    public async Task DepartmentTotalSources_BesideTotal_ReadTheSameBatch()
    {
        const string total = "nodes { total(year: 2026) }";
        const string withSources = "nodes { total(year: 2026) totalSources(year: 2026) { table row column document { title } } }";
        const string both = "(where: {scope: {in: [DEPARTMENT, UNIT]}})";

        var totalOnly = await CountAsync($"{{ departments{both} {{ {total} }} }}", expectedRows: 2);
        var sourcesToo = await CountAsync($"{{ departments{both} {{ {withSources} }} }}", expectedRows: 2);

        // One more command at most: the documents the sources cite, loaded once for all of them.
        Assert.Equal(totalOnly + 1, sourcesToo);
    }

    [Fact]
    public async Task BudgetLines_NestedObjectsForFewOrAllRows_RunTheSameFewCommands()
    {
        const string fields = "nodes { department { name region { code } } functional { name parent { name } } source { document { title } } }";

        var few = await CountAsync($"{{ budgetLines(first: 3) {{ {fields} }} }}", expectedRows: 3);
        var all = await CountAsync($"{{ budgetLines(first: 500) {{ {fields} }} }}", expectedRows: null);

        Assert.Equal(few, all);
        Assert.InRange(all, 1, 8);
    }

    private async Task<int> CountAsync(string query, int? expectedRows)
    {
        await _client.QueryAsync("{ years }");
        _counter.Reset();

        var data = (await _client.QueryAsync(query)).Data();

        var count = _counter.Count;
        var rows = data.First!.First!["nodes"]!.Count();
        if (expectedRows is { } expected)
            Assert.Equal(expected, rows);
        else
            Assert.True(rows > 3, $"Expected more than a few rows, got {rows}.");
        return count;
    }
}
