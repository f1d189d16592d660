using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.BundledData;

/// <summary>The app as `dotnet run` starts it on a fresh clone: an empty database filled from data/ (the reference text and the bundled package).</summary>
public sealed class BundledDataFixture : IDisposable
{
    public BudgetGraphFactory Factory { get; } = BudgetGraphFactory.ForDataDirectory(RepositoryPaths.Data);

    public GraphQLTestClient CreateClient() => new(Factory.CreateClient());

    /// <summary>A context of the test's own on the app's database, once the app has started (and so loaded data/).</summary>
    public BudgetDbContext CreateDbContext()
    {
        _ = Factory.Services;
        return new BudgetDbContext(Factory.CreateDbContextOptions());
    }

    public void Dispose() => Factory.Dispose();
}
