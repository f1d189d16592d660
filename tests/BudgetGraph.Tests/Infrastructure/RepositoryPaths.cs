namespace BudgetGraph.Tests.Infrastructure;

/// <summary>Locates the repository root (where BudgetGraph.sln is) and the shared corpus beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The project's own data folder with the reference disclosure.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>../shared/data/disclosures: the real published corpus (absent outside CI).</summary>
    public static string SharedDisclosures => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "disclosures"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("BudgetGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
