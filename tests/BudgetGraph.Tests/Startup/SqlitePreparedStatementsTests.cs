using BudgetGraph.Data;
using BudgetGraph.Startup;
using BudgetGraph.Tests.Http;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Tests.Startup;

/// <summary>
/// The API's kept prepared statements on SQLite (Startup/SqlitePreparedStatements): repeated queries answer the
/// published figures, and a change committed by another connection (an import, here an UPDATE) is seen by the next
/// query, not hidden by a statement prepared before it. Each request's reads run inside its read snapshot on one kept
/// connection, and still on statements prepared by an earlier request.
/// </summary>
public sealed class SqlitePreparedStatementsTests
{
    private const string Breakdown = "{ breakdown(year: 2026, by: FUNCTIONAL, level: 1, where: {department: {eq: \"410702/DEPARTMENT/028\"}}) { key amount(unit: WAN_YUAN) } }";
    private const string DepartmentName = "{ department(id: \"410702/DEPARTMENT/028\") { name } }";

    [Fact]
    public async Task RepeatedQueries_SameFiguresEveryTime()
    {
        await using var factory = new BudgetGraphFactory();
        var client = new GraphQLTestClient(factory.CreateClient());

        for (var i = 0; i < 20; i++)
        {
            var rows = (await client.QueryAsync(Breakdown))["data"]!["breakdown"]!;
            Assert.Equal(["201 216.19", "208 16.43", "221 18.03"], rows.Select(r => $"{r["key"]} {r["amount"]}"));
        }
    }

    [Fact]
    public async Task ChangeCommittedByAnotherConnection_SeenByTheNextQuery()
    {
        await using var factory = new BudgetGraphFactory();
        var client = new GraphQLTestClient(factory.CreateClient());
        Assert.Equal("新乡市红旗区行政审批和政务信息管理局", (string?)(await client.QueryAsync(DepartmentName))["data"]!["department"]!["name"]);

        await using (var db = new BudgetDbContext(factory.CreateDbContextOptions()))
        {
            await db.Departments.Where(d => d.Id == "410702/DEPARTMENT/028")
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Name, "改名后的部门"));
        }

        Assert.Equal("改名后的部门", (string?)(await client.QueryAsync(DepartmentName))["data"]!["department"]!["name"]);
    }

    [Fact]
    public async Task RepeatedRequests_ReuseTheStatementsPreparedByTheFirst_InsideTheirReadSnapshots()
    {
        // On SQLite whatever BUDGETGRAPH_TEST_PROVIDER says: the statements are SQLite's.
        var folder = Directory.CreateTempSubdirectory("budgetgraph-prepared-").FullName;
        try
        {
            await using var factory = PinnedDatabaseFactory.OnSqlite(Path.Combine(folder, "budget.db"));
            var client = new GraphQLTestClient(factory.CreateClient());
            var statements = factory.Services.GetServices<IInterceptor>().OfType<SqlitePreparedStatements>().Single();

            Assert.Equal(["201 216.19", "208 16.43", "221 18.03"], await BreakdownAsync(client));
            var afterFirst = statements.StatementsPrepared;
            for (var i = 0; i < 10; i++)
                Assert.Equal(["201 216.19", "208 16.43", "221 18.03"], await BreakdownAsync(client));

            Assert.True(afterFirst > 0, "the first request's reads did not run on kept statements");
            Assert.Equal(afterFirst, statements.StatementsPrepared);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<IEnumerable<string>> BreakdownAsync(GraphQLTestClient client) =>
        (await client.QueryAsync(Breakdown))["data"]!["breakdown"]!.Select(r => $"{r["key"]} {r["amount"]}").ToList();
}
