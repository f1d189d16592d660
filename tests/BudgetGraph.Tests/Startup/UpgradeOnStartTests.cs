using BudgetGraph.Data;
using BudgetGraph.Tests.Http;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Tests.Startup;

/// <summary>
/// A database of another schema version: on SQLite the API rebuilds it at start from the files it stores (not from
/// data/, which the second start points at an empty folder); on PostgreSQL it refuses to start and says how to upgrade.
/// </summary>
public sealed class UpgradeOnStartTests
{
    private const string TotalQuery = """{ departments(where: {name: {contains: "行政审批"}}) { nodes { total(year: 2026, unit: WAN_YUAN) } } }""";

    [Fact]
    public async Task Sqlite_OutdatedDatabase_RebuiltFromStoredFilesAtStart()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-upgrade-test-").FullName;
        var emptyData = Directory.CreateDirectory(Path.Combine(folder, "no-data")).FullName;
        var databaseFile = Path.Combine(folder, "budget.db");
        try
        {
            await using (var first = PinnedDatabaseFactory.OnSqlite(databaseFile))
                Assert.Equal(250.65m, await TotalAsync(first));
            await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var outdate = connection.CreateCommand();
                outdate.CommandText = """UPDATE "SchemaVersions" SET "Fingerprint" = '0000000000000000'""";
                await outdate.ExecuteNonQueryAsync();
            }

            await using (var second = PinnedDatabaseFactory.OnSqlite(databaseFile, new Dictionary<string, string> { ["Import:DataDirectory"] = emptyData }))
                Assert.Equal(250.65m, await TotalAsync(second));

            await using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlite($"Data Source={databaseFile};Pooling=False").Options);
            Assert.Equal(SchemaState.Current, await BudgetSchema.EnsureAsync(db));
            Assert.Equal("xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt", (await db.DocumentSourceFiles.SingleAsync()).FileName);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_OutdatedDatabase_RefusesToStartWithTheUpgradeCommand()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        try
        {
            await using (var first = PinnedDatabaseFactory.OnPostgres(connectionString))
                Assert.Equal(250.65m, await TotalAsync(first));
            await using (var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseNpgsql(connectionString).Options))
                await db.SchemaVersions.ExecuteUpdateAsync(v => v.SetProperty(x => x.Fingerprint, "0000000000000000"));

            await using var second = PinnedDatabaseFactory.OnPostgres(connectionString);
            var error = Assert.Throws<InvalidOperationException>(() => second.CreateClient());
            Assert.Contains("-- upgrade", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            PostgresServer.Instance.DropDatabase(connectionString);
        }
    }

    private static async Task<decimal> TotalAsync(PinnedDatabaseFactory factory)
    {
        using var http = factory.CreateClient();
        return (await new GraphQLTestClient(http).QueryAsync(TotalQuery)).Data()["departments"]!["nodes"]![0]!.Amount("total");
    }
}
