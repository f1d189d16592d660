using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.BundledData;

/// <summary>
/// The app over the shared corpus's documents themselves (every file the importer reads; refused ones are left out, as
/// the package command leaves them out), to compare with what the bundled package serves. Empty without the corpus.
/// </summary>
public sealed class CorpusDocumentsFixture : IAsyncLifetime
{
    private readonly string _emptyData = Directory.CreateTempSubdirectory("budgetgraph-documents-").FullName;

    public CorpusDocumentsFixture() => Factory = BudgetGraphFactory.ForDataDirectory(_emptyData);

    public BudgetGraphFactory Factory { get; }

    public GraphQLTestClient CreateClient() => new(Factory.CreateClient());

    public async Task InitializeAsync()
    {
        if (!SharedCorpus.Present)
            return;
        _ = Factory.Services; // starts the host, which creates the empty database
        await using var db = new BudgetDbContext(Factory.CreateDbContextOptions());
        await ImportRun.RunAsync([.. DisclosureFiles.In(SharedCorpus.Folder)], new DisclosureImporter(db));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(_emptyData, recursive: true);
    }
}
