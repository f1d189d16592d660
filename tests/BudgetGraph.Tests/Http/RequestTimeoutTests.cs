using System.Data.Common;
using System.Diagnostics;
using System.Net;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// A request running longer than Http:RequestTimeoutSeconds (1 s here) is stopped, its database command with it,
/// and answered 504 REQUEST_TIMEOUT; the API answers normally afterwards. Another session really holds a lock the
/// API's queries wait for (no mock), on each engine whatever the CI pass, so both tests run in both passes.
/// </summary>
public sealed class RequestTimeoutTests
{
    private const string BreakdownQuery = "{ breakdown(year: 2026, by: FUNCTIONAL, level: 3) { key amount(unit: WAN_YUAN) } }";

    private static readonly Dictionary<string, string> _oneSecond = new() { ["Http:RequestTimeoutSeconds"] = "1" };

    [Fact]
    public async Task Postgres_QueryBlockedByATableLock_504RequestTimeoutThenNormalAnswers()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        try
        {
            await using var factory = PinnedDatabaseFactory.OnPostgres(connectionString, _oneSecond);
            var client = new GraphQLTestClient(factory.CreateClient());
            await client.QueryAsync("{ years }");

            await using var locker = new NpgsqlConnection(connectionString);
            await locker.OpenAsync();
            await using (var transaction = await locker.BeginTransactionAsync())
            {
                // Documents blocks the GET's dataset version, the rollup and the lines (and Documents, joined) the breakdown itself (POST).
                await ExecuteAsync(locker, """LOCK TABLE "Documents", "BudgetLines", "LineRollups" IN ACCESS EXCLUSIVE MODE""", transaction);

                await AssertBothTimeOutAsync(client);
                // The cancelled commands no longer wait for the lock: the API left no session behind on it.
                await using var waiting = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", locker, transaction);
                Assert.Equal(0L, (long)(await waiting.ExecuteScalarAsync())!);
            }

            await AssertAnswersAsync(client);
        }
        finally
        {
            PostgresServer.Instance.DropDatabase(connectionString);
        }
    }

    [Fact]
    public async Task Sqlite_QueryBlockedByAnExclusiveLock_504RequestTimeoutThenNormalAnswers()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-timeout-").FullName;
        try
        {
            // Switching the journal mode below needs every other connection closed, so the API's kept prepared
            // statements (which hold theirs open) are off here; the command timeout they copy is what this tests.
            await using var factory = PinnedDatabaseFactory.OnSqlite(Path.Combine(folder, "budget.db"),
                new Dictionary<string, string>(_oneSecond) { ["Database:PreparedStatements"] = "false" });
            var client = new GraphQLTestClient(factory.CreateClient());
            await client.QueryAsync("{ years }");

            // In WAL mode (EF's default) readers never wait for a writer; in rollback-journal mode an exclusive
            // transaction keeps them out. Switching needs no other connection open, so the API's pooled ones close.
            SqliteConnection.ClearAllPools();
            await using var locker = new SqliteConnection(factory.ConnectionString);
            await locker.OpenAsync();
            await using (var journal = new SqliteCommand("PRAGMA journal_mode = DELETE", locker))
                Assert.Equal("delete", (string?)await journal.ExecuteScalarAsync());
            await ExecuteAsync(locker, "BEGIN EXCLUSIVE");

            await AssertBothTimeOutAsync(client);

            await ExecuteAsync(locker, "ROLLBACK");
            await AssertAnswersAsync(client);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A POST (blocked executing) and a GET (blocked reading the dataset version) each end at about 1 s.</summary>
    private static async Task AssertBothTimeOutAsync(GraphQLTestClient client)
    {
        var clock = Stopwatch.StartNew();
        using var post = await client.PostAsync(BreakdownQuery);
        using var get = await client.GetAsync(BreakdownQuery);
        clock.Stop();

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
            Assert.Equal(["REQUEST_TIMEOUT"], (await GraphQLTestClient.ReadJsonAsync(response)).ErrorCodes());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        // Two requests of 1 s: well below one default command timeout (30 s) that an uncapped wait would take.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(12));
    }

    private static async Task AssertAnswersAsync(GraphQLTestClient client)
    {
        using var after = await client.GetAsync(BreakdownQuery);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(195.6m, (await GraphQLTestClient.ReadJsonAsync(after)).Data()["breakdown"]!.Row("2010301").Amount("amount"));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}
