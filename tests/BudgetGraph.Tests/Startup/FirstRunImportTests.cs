using BudgetGraph.Tests.Http;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Tests.Startup;

/// <summary>
/// The first start walks its data folder as the importer's commands walk one (DisclosureFiles): subfolders, text and
/// PDF. Here a folder holding 万里街道's 2025 PDF and, in a subfolder, the reference text.
/// </summary>
public sealed class FirstRunImportTests
{
    [SkippableFact]
    public async Task FirstStart_DataFolderWithAPdfAndASubfolder_ImportsBothAsync()
    {
        SharedCorpus.Require();
        var folder = Directory.CreateTempSubdirectory("budgetgraph-firstrun-").FullName;
        try
        {
            var data = Directory.CreateDirectory(Path.Combine(folder, "data", "henan")).Parent!.FullName;
            File.Copy(Path.Combine(SharedCorpus.Folder, "shanghai", "pdf", "shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.pdf"),
                Path.Combine(data, "wanli-2025.pdf"));
            File.Copy(RepositoryPaths.ReferenceDisclosure,
                Path.Combine(data, "henan", "reference.txt"));

            await using var factory = PinnedDatabaseFactory.OnSqlite(Path.Combine(folder, "budget.db"), new Dictionary<string, string> { ["Import:DataDirectory"] = data });
            using var http = factory.CreateClient();
            var json = (await new GraphQLTestClient(http).QueryAsync("{ documents { nodes { fileName printedTotal } } }")).Data();

            Assert.Equal(
                [("reference.txt", 2_506_500m), ("wanli-2025.pdf", 189_767_551m)],
                json["documents"]!["nodes"]!.Select(n => ((string)n["fileName"]!, n.Amount("printedTotal"))).OrderBy(n => n.Item1, StringComparer.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
