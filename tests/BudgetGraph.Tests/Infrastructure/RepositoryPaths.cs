namespace BudgetGraph.Tests.Infrastructure;

/// <summary>The repository root (where BudgetGraph.sln is) and the project's data folder in it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> _referenceData = new(CreateReferenceData);

    public static string Root => RepositoryRoot.FullName;

    /// <summary>The project's own data folder: the reference disclosure and the bundled data package.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>The reference disclosure's text in data/.</summary>
    public static string ReferenceDisclosure => Path.Combine(Data, "xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt");

    /// <summary>
    /// A data folder holding only the reference disclosure (data/ without its bundled package): the figures most query
    /// tests pin are the reference department's, in a database that holds nothing else. One folder per test run.
    /// </summary>
    public static string ReferenceData => _referenceData.Value;

    private static string CreateReferenceData()
    {
        var folder = Directory.CreateTempSubdirectory("budgetgraph-reference-data-").FullName;
        File.Copy(ReferenceDisclosure, Path.Combine(folder, Path.GetFileName(ReferenceDisclosure)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }
}
