using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// A test host over disclosures of the shared corpus (<see cref="SharedCorpus"/>), imported through the real importer
/// into a fresh database. When the corpus folder is absent the fixture imports nothing and each test's
/// <see cref="SharedCorpus.Require"/> skips it, or fails it in CI; a file the importer refuses fails them.
/// </summary>
public abstract class CorpusFixture : IAsyncLifetime
{
    private readonly string _emptyData = Directory.CreateTempSubdirectory("budgetgraph-corpus-").FullName;

    protected CorpusFixture(params string[] corpusFiles)
    {
        CorpusFiles = [.. corpusFiles.Select(f => Path.Combine(SharedCorpus.Folder, f))];
        Factory = BudgetGraphFactory.ForDataDirectory(_emptyData);
    }

    public IReadOnlyList<string> CorpusFiles { get; }

    public BudgetGraphFactory Factory { get; }

    public GraphQLTestClient CreateClient() => new(Factory.CreateClient());

    public async Task InitializeAsync()
    {
        if (!SharedCorpus.Present)
            return;

        _ = Factory.Services; // starts the host, which creates the empty database
        var options = Factory.CreateDbContextOptions();
        foreach (var file in CorpusFiles)
        {
            await using var db = new BudgetDbContext(options);
            await new DisclosureImporter(db).ImportFileAsync(file);
        }
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_emptyData, recursive: true);
    }
}
