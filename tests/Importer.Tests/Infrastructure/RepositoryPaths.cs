namespace Importer.Tests.Infrastructure;

/// <summary>Locates the repository root (where BudgetGraph.sln is), its data folder and this project's TestData.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ReferenceDisclosure =>
        Path.Combine(Root, "data", "xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt");

    public static string TestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

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
