namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// The repository root: the folder holding BudgetGraph.sln above the test assembly. Compiled into both test projects
/// (linked), whose RepositoryPaths and the shared corpus's default location start from it.
/// </summary>
public static class RepositoryRoot
{
    public static string FullName { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("BudgetGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
