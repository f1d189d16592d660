using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Tests.GraphQL.Common;

/// <summary>
/// The number of SQL commands a request sends depends on the shape of the query, never on how many departments,
/// lines or tree nodes it returns: the same queries run against 2 and against 20 synthetic departments (<see cref="ReferenceBudget"/>,
/// imported through the real importer) send the same number of commands.
/// </summary>
public sealed class ScalingTests
{
    private const string DepartmentsQuery = """
        { departments(first: 50) { nodes { name total(year: 2026) units { name } projects { indicators { name } } } } }
        """;

    private const string TreeQuery = """
        { classification(scheme: FUNCTIONAL, year: 2026) { code amount(year: 2026)
            children { code amount(year: 2026) children { code name parent { name } amount(year: 2026, where: {region: {eq: "410702"}}) } } } }
        """;

    private const string LinesQuery = """
        { budgetLines(first: 500) { nodes { amount department { name region { code } } functional { name parent { name } } source { document { title } } } } }
        """;

    private const string BreakdownQuery = """
        { breakdown(year: 2026, by: DEPARTMENT) { key label amount } }
        """;

    [Fact]
    public async Task NestedQueries_TwoOrTwentyDepartments_SendTheSameNumberOfSqlCommands()
    {
        var two = await MeasureAsync(2);
        var twenty = await MeasureAsync(20);

        Assert.Equal(two, twenty);
        Console.WriteLine("SQL commands per query, 2 vs 20 departments: " + string.Join(", ", twenty.Select(p => $"{p.Key} {two[p.Key]}/{p.Value}")));
        Assert.All(twenty.Values, count => Assert.InRange(count, 1, 10));
    }

    private static async Task<Dictionary<string, int>> MeasureAsync(int departments)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-generated-").FullName;
        try
        {
            ReferenceBudget.Write(folder, departments);
            var counter = new SqlCommandCounter();
            await using var factory = BudgetGraphFactory.ForDataDirectory(folder);
            using var host = factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(counter)));
            var client = new GraphQLTestClient(host.CreateClient());
            await client.QueryAsync("{ years }");

            var counts = new Dictionary<string, int>();
            foreach (var (name, query) in new[] { ("departments", DepartmentsQuery), ("tree", TreeQuery), ("lines", LinesQuery), ("breakdown", BreakdownQuery) })
            {
                counter.Reset();
                var data = (await client.QueryAsync(query)).Data();
                counts[name] = counter.Count;
                AssertReturnsEveryDepartment(name, data, departments);
            }

            return counts;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The counts only mean something if the larger database really returns more: check the rows and sums.</summary>
    private static void AssertReturnsEveryDepartment(string name, Newtonsoft.Json.Linq.JToken data, int departments)
    {
        // Department n spends n × 100 万元, so n departments spend 100 万元 × n(n+1)/2 in all.
        var total = 1_000_000m * departments * (departments + 1) / 2;
        switch (name)
        {
            case "departments":
                var nodes = data["departments"]!["nodes"]!;
                Assert.Equal(departments, nodes.Count());
                Assert.Equal(total, nodes.Sum(n => n.Amount("total")));
                Assert.All(nodes, n => Assert.Single(n["units"]!));
                Assert.All(nodes, n => Assert.Equal(5, n["projects"]![0]!["indicators"]!.Count()));
                break;
            case "tree":
                Assert.Equal(total, Assert.Single(data["classification"]!).Amount("amount"));
                break;
            case "lines":
                // Each department's table 03 gives four lines, one per amount column: 行政运行 in 工资福利, 对个人和家庭的补助
                // and 商品和服务 columns, the other 项 as a project; both 项 are under 款 20103.
                var functional = data["budgetLines"]!["nodes"]!.Select(l => l["functional"]).OfType<Newtonsoft.Json.Linq.JObject>().ToList();
                Assert.Equal(4 * departments, functional.Count);
                Assert.All(functional, f => Assert.Equal("政府办公厅（室）及相关机构事务", (string?)f["parent"]!["name"]));
                break;
            default:
                Assert.Equal(departments, data["breakdown"]!.Count());
                break;
        }
    }
}
