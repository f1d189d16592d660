using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Tests.Infrastructure;
using GraphQL;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    public void Dispose() => _factory.Dispose();

    /// <summary>Another writer's import, on its own connection, committed before the hook returns.</summary>
    private async Task ImportThePackageAsync()
    {
        await using var db = new BudgetDbContext(_factory.CreateDbContextOptions());
        var outcomes = await ImportRun.RunAsync([Path.Combine(RepositoryPaths.Data, "package")], new DisclosureImporter(db));
        Assert.All(outcomes, o => Assert.Null(o.Error));
    }
}
