using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.Http;

/// <summary>
/// Imports committing one document after another while queries run: every answer reads one state. Each query counts
/// the documents twice and the budget lines once, through three resolvers; a torn answer would show two counts of
/// documents that differ, or lines of a state the documents' count is not.
/// </summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private const string Query = "{ a: documents(first: 0) { totalCount } lines: budgetLines(first: 0) { totalCount } b: documents(first: 0) { totalCount } }";

    private readonly BudgetGraphFactory _factory = new();

    [Fact]
    public async Task Queries_DuringDocumentByDocumentImports_EachAnswerReadsOneState()
    {
        var client = new GraphQLTestClient(_factory.CreateClient());
        _ = (await client.QueryAsync("{ years }")).Data();
        using var importing = new CancellationTokenSource();
        var import = Task.Run(async () =>
        {
            try
            {
                await using var db = new BudgetDbContext(_factory.CreateDbContextOptions());
                await ImportRun.RunAsync([Path.Combine(RepositoryPaths.Data, "package")], new DisclosureImporter(db));
            }
            finally
            {
                await importing.CancelAsync();
            }
        });

        var seen = new Dictionary<int, int>();
        var answers = 0;
        while (!importing.IsCancellationRequested)
        {
            var data = (await client.QueryAsync(Query)).Data();
            var documents = (int)data["a"]!["totalCount"]!;
            Assert.Equal(documents, (int)data["b"]!["totalCount"]!);
            var lines = (int)data["lines"]!["totalCount"]!;
            // The same number of documents always comes with the same number of lines.
            Assert.Equal(seen.TryAdd(documents, lines) ? lines : seen[documents], lines);
            answers++;
        }

        await import;
        Assert.True(seen.Count > 1, $"{answers} answers saw {seen.Count} state(s): the queries did not run during the imports");
    }

    public void Dispose() => _factory.Dispose();
}
