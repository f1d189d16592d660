namespace Importer.Tests.Infrastructure;

/// <summary>The shared real-document corpus (../shared/data/disclosures from the repository root); tests skip without it.</summary>
public static class Corpus
{
    public const string Missing = "the disclosure corpus ../shared/data/disclosures is not on this machine";

    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "data", "disclosures"));

    public static bool Present => Directory.Exists(Folder);

    public static string Shanghai(string fileName) => Path.Combine(Folder, "shanghai", fileName);

    public static string ShanghaiPdf(string fileName) => Path.Combine(Folder, "shanghai", "pdf", fileName);

    /// <summary>A document of the national corpus: national/&lt;city&gt;/&lt;city&gt;_&lt;id&gt;.txt or .pdf.</summary>
    public static string National(string city, string id, string extension = "txt") => Path.Combine(Folder, "national", city, $"{city}_{id}.{extension}");

    public static string Wanli(int year, string extension = "txt") =>
        extension == "pdf" ? ShanghaiPdf($"shanghai-putuo_wanli-jiedao-banshichu_{year}_budget_dept.pdf") : Shanghai($"shanghai-putuo_wanli-jiedao-banshichu_{year}_budget_dept.txt");
}
