using BudgetGraph.Tests.Infrastructure;

namespace Importer.Tests.Infrastructure;

/// <summary>
/// Paths into the shared real-document corpus (<see cref="SharedCorpus"/>: ../shared/data/disclosures, or
/// BUDGETGRAPH_CORPUS). A test that reads it starts with <see cref="Require"/>: skipped without the corpus, failed in CI.
/// </summary>
public static class Corpus
{
    public static string Folder => SharedCorpus.Folder;

    public static bool Present => SharedCorpus.Present;

    /// <summary>Skips the test when the corpus is absent, or fails it in CI.</summary>
    public static void Require() => SharedCorpus.Require();

    public static string Shanghai(string fileName) => Path.Combine(Folder, "shanghai", fileName);

    public static string ShanghaiPdf(string fileName) => Path.Combine(Folder, "shanghai", "pdf", fileName);

    /// <summary>A document of the national corpus: national/&lt;city&gt;/&lt;city&gt;_&lt;id&gt;.txt or .pdf.</summary>
    public static string National(string city, string id, string extension = "txt") => Path.Combine(Folder, "national", city, $"{city}_{id}.{extension}");

    public static string Wanli(int year, string extension = "txt") =>
        extension == "pdf" ? ShanghaiPdf($"shanghai-putuo_wanli-jiedao-banshichu_{year}_budget_dept.pdf") : Shanghai($"shanghai-putuo_wanli-jiedao-banshichu_{year}_budget_dept.txt");
}
