using System.Diagnostics;
using System.Net;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// Issue 12: the SQLite file replaced (`mv budget.db b &amp;&amp; cp b budget.db`, then an import into the copy) or deleted
/// under the running API. Open connections keep the old file's inode; the API must notice within about a second and
/// serve the new file, or answer 503 DATABASE_UNAVAILABLE while there is none (without creating an empty one). Real
/// files in a temporary folder; the waits poll (no timing assertion). With and without the kept prepared statements,
/// whose connections are separate from Microsoft.Data.Sqlite's pool.
/// </summary>
public sealed class SqliteFileReplacedTests
{
    private const string NameQuery = """{ departments(where: {region: {eq: "410702"}, code: {eq: "028"}}) { nodes { name } } }""";
    private const string PublishedName = "新乡市红旗区行政审批和政务信息管理局";
    private const string ChangedName = "替换后的数据库";

    /// <summary>Generous: the API checks the file at most once a second, and the machine may be busy.</summary>
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FileReplacedByAnotherDatabase_NewDataServedWithoutRestart(bool preparedStatements)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-replace-").FullName;
        try
        {
            var file = Path.Combine(folder, "budget.db");
            await using var factory = Start(file, preparedStatements);
            var client = new GraphQLTestClient(factory.CreateClient());
            Assert.Equal(PublishedName, await NameAsync(client));

            // Another database: a copy of this one with the department renamed (the "import into the new file").
            var other = Path.Combine(folder, "other.db");
            await CopyAsync(file, other);
            await ExecuteAsync(other, $"""UPDATE "Departments" SET "Name" = '{ChangedName}' WHERE "Id" = '410702/DEPARTMENT/028'""");

            File.Move(file, Path.Combine(folder, "old.db"));
            File.Copy(other, file);

            Assert.True(await EventuallyAsync(async () => await NameAsync(client) == ChangedName), "the API still serves the replaced file");
            using var ready = await factory.CreateClient().GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FileDeletedThenRestored_503DatabaseUnavailableThen200(bool preparedStatements)
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-delete-").FullName;
        try
        {
            var file = Path.Combine(folder, "budget.db");
            await using var factory = Start(file, preparedStatements);
            using var http = factory.CreateClient();
            var client = new GraphQLTestClient(http);
            Assert.Equal(PublishedName, await NameAsync(client));
            var kept = Path.Combine(folder, "kept.db");
            await CopyAsync(file, kept);

            File.Delete(file);

            Assert.True(await EventuallyAsync(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.ServiceUnavailable), "/readyz stays 200");
            using var readyDown = await http.GetAsync("/readyz");
            using var queryDown = await client.PostAsync(NameQuery);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDown.StatusCode);
            Assert.Equal("DATABASE_UNAVAILABLE", (string?)JObject.Parse(await readyDown.Content.ReadAsStringAsync())["code"]);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, queryDown.StatusCode);
            Assert.Equal(["DATABASE_UNAVAILABLE"], (await GraphQLTestClient.ReadJsonAsync(queryDown)).ErrorCodes());
            Assert.False(File.Exists(file), "the API created an empty database in place of the deleted one");

            File.Copy(kept, file);

            Assert.True(await EventuallyAsync(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK), "/readyz stays 503");
            Assert.Equal(PublishedName, await NameAsync(client));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static PinnedDatabaseFactory Start(string file, bool preparedStatements) =>
        PinnedDatabaseFactory.OnSqlite(file, new Dictionary<string, string> { ["Database:PreparedStatements"] = preparedStatements ? "true" : "false" });

    private static async Task<string?> NameAsync(GraphQLTestClient client)
    {
        using var response = await client.PostAsync(NameQuery);
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        return (string?)(await GraphQLTestClient.ReadJsonAsync(response)).Data()["departments"]!["nodes"]![0]!["name"];
    }

    /// <summary>
    /// A connection of the test's own outside every pool: clearing the pools here would do the API's work for it (they
    /// are per process). The last connection to close checkpoints the log into the file, so the copy is complete.
    /// </summary>
    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>A complete copy (the API's file alone may lack what its write-ahead log holds).</summary>
    private static async Task CopyAsync(string file, string copy)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("VACUUM INTO $copy", connection);
        command.Parameters.AddWithValue("$copy", copy);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < _patience)
        {
            if (await condition())
                return true;
            await Task.Delay(100);
        }

        return false;
    }
}
