using BudgetGraph.Tests.Infrastructure;

namespace Importer.Tests.Infrastructure;

/// <summary>The repository root (where BudgetGraph.sln is), its data folder and this project's TestData.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.FullName;

    public static string ReferenceDisclosure =>
        Path.Combine(Root, "data", "xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt");

    public static string TestData(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
}
