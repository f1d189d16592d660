using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Startup;
using BudgetGraph.Tests.Infrastructure;
using GraphQL;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// One request, one committed state: an import that commits between two resolvers of a request (a test hook: field
/// middleware that runs the import right after the first root field) is wholly absent from that answer, and wholly in
/// the next. Without the request's read snapshot the second field would read the new data beside the first's old.
/// </summary>
public sealed class ReadSnapshotTests : IDisposable
{
    private readonly BudgetGraphFactory _factory = new();
    private int _rootYears;
    private int _imports;

    [Fact]
    public async Task Query_ImportCommitsBetweenTwoFields_AnswerIsAllOldThenTheNextAllNew()
    {
        var hooked = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddGraphQL(graphQL => graphQL.ConfigureSchema(schema => schema.FieldMiddleware.Use(next => async context =>
            {
                var result = await next(context);
                if (context.FieldDefinition.Name == "years" && context.ParentType.Name == "Query" && Interlocked.Increment(ref _rootYears) == 1)
                {
                    await ImportThePackageAsync();
                    _imports++;
                }
                return result;
            })))));
        var client = new GraphQLTestClient(hooked.CreateClient());

        var first = (await client.QueryAsync("{ years regions { code } }")).Data();
        var second = (await client.QueryAsync("{ years regions { code } }")).Data();

        Assert.Equal(1, _imports);
        Assert.Equal([2026], first["years"]!.Select(y => (int)y!));
        Assert.Equal(["410702"], first["regions"]!.Select(r => (string?)r["code"]));
        Assert.True(second["years"]!.Count() >= 3);
        Assert.True(second["regions"]!.Count() >= 5);
    }

    /// <summary>
    /// On PostgreSQL the snapshot's transaction is REPEATABLE READ and read only — by its connections' own setting
    /// (default_transaction_read_only), with no SET round trip per request. In both CI passes: the server is pinned.
    /// </summary>
    [Fact]
    public async Task Postgres_SnapshotTransaction_RepeatableReadAndReadOnly()
    {
        await using var factory = PinnedDatabaseFactory.OnPostgres(PostgresServer.Instance.CreateDatabase());
        using var http = factory.CreateClient();
        await using var snapshot = factory.Services.GetRequiredService<SnapshotContextFactory>().Begin();
        var db = await snapshot.CreateDbContextAsync(CancellationToken.None);

        Assert.Equal("repeatable read", await db.Database.SqlQueryRaw<string>("SELECT current_setting('transaction_isolation') AS \"Value\"").SingleAsync());
        Assert.Equal("on", await db.Database.SqlQueryRaw<string>("SELECT current_setting('transaction_read_only') AS \"Value\"").SingleAsync());
        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Departments.ExecuteUpdateAsync(d => d.SetProperty(x => x.Name, "改名")));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
    }

    /// <summary>
    /// On PostgreSQL the API's connections prepare the statements they send repeatedly (Npgsql's automatic preparation,
    /// BudgetDataServices.AutoPrepared): after a few requests, the snapshot's connection holds prepared statements.
    /// </summary>
    [Fact]
    public async Task Postgres_RepeatedRequests_TheirStatementsArePreparedOnTheConnection()
    {
        await using var factory = PinnedDatabaseFactory.OnPostgres(PostgresServer.Instance.CreateDatabase());
        var client = new GraphQLTestClient(factory.CreateClient());
        const string Breakdown = "{ breakdown(year: 2026, by: FUNCTIONAL, level: 1, where: {department: {eq: \"410702/DEPARTMENT/028\"}}) { key amount(unit: WAN_YUAN) } }";
        for (var i = 0; i < 5; i++)
        {
            var rows = (await client.QueryAsync(Breakdown))["data"]!["breakdown"]!;
            Assert.Equal(["201 216.19", "208 16.43", "221 18.03"], rows.Select(r => $"{r["key"]} {r["amount"]}"));
        }

        await using var snapshot = factory.Services.GetRequiredService<SnapshotContextFactory>().Begin();
        var db = await snapshot.CreateDbContextAsync(CancellationToken.None);
        Assert.True(await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements").SingleAsync() > 0,
            "no statement is prepared on the API's connection");
    }

    /// <summary>
    /// A snapshot's context serves the next snapshot (SnapshotContextPool) without its state: each snapshot sees the
    /// database as it is at its first read, and holds that state while another writer commits. Two snapshots at once have
    /// two contexts.
    /// </summary>
    [Fact]
    public async Task Postgres_SnapshotContextReused_EachSnapshotSeesTheStateOfItsFirstRead()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        await using var factory = PinnedDatabaseFactory.OnPostgres(connectionString);
        using var http = factory.CreateClient();
        var snapshots = factory.Services.GetRequiredService<SnapshotContextFactory>();
        const string Id = "410702/DEPARTMENT/028";
        await using var writer = new NpgsqlConnection(connectionString);
        await writer.OpenAsync();
        async Task RenameAsync(string name)
        {
            await using var command = new NpgsqlCommand("UPDATE \"Departments\" SET \"Name\" = @name WHERE \"Id\" = @id", writer);
            command.Parameters.AddWithValue("name", name);
            command.Parameters.AddWithValue("id", Id);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        static Task<string> NameAsync(BudgetDbContext db) => db.Departments.Where(d => d.Id == Id).Select(d => d.Name).SingleAsync();

        BudgetDbContext first;
        await using (var snapshot = snapshots.Begin())
        {
            first = await snapshot.CreateDbContextAsync(CancellationToken.None);
            var before = await NameAsync(first);
            await RenameAsync("甲");
            Assert.Equal(before, await NameAsync(first));
        }

        await using (var snapshot = snapshots.Begin())
        {
            var second = await snapshot.CreateDbContextAsync(CancellationToken.None);
            Assert.Same(first, second);
            Assert.Equal("甲", await NameAsync(second));
            await RenameAsync("乙");
            Assert.Equal("甲", await NameAsync(second));
            Assert.Equal("repeatable read", await second.Database.SqlQueryRaw<string>("SELECT current_setting('transaction_isolation') AS \"Value\"").SingleAsync());

            await using var alongside = snapshots.Begin();
            var other = await alongside.CreateDbContextAsync(CancellationToken.None);
            Assert.NotSame(second, other);
            Assert.Equal("乙", await NameAsync(other));
        }
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Another writer's import, on its own connection, committed before the hook returns.</summary>
    private async Task ImportThePackageAsync()
    {
        await using var db = new BudgetDbContext(_factory.CreateDbContextOptions());
        var outcomes = await ImportRun.RunAsync([Path.Combine(RepositoryPaths.Data, "package")], new DisclosureImporter(db));
        Assert.All(outcomes, o => Assert.Null(o.Error));
    }
}
