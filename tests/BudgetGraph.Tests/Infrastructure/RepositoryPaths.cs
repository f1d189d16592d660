namespace BudgetGraph.Tests.Infrastructure;

/// <summary>The repository root (where BudgetGraph.sln is) and the project's data folder in it.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.FullName;

    /// <summary>The project's own data folder with the reference disclosure.</summary>
    public static string Data => Path.Combine(Root, "data");
}
