using Importer.Tests.Infrastructure;

namespace Importer.Tests.Cli;

/// <summary>
/// `names`: the classification names documents print beside their codes. data/reference/published-names.tsv is its
/// output over data/ and the shared corpus; documents printing names without codes (Hangzhou) take their codes from it,
/// so it must be what the command gives today.
/// </summary>
public sealed class NamesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-names-").FullName;

    [SkippableFact]
    public async Task Names_DataAndSharedCorpus_IsTheShippedReferenceList()
    {
        Corpus.Require();

        var run = await CliRun.WithoutDatabaseAsync(Path.Combine(_folder, "never.db"), "names", Path.Combine(RepositoryPaths.Root, "data"), Corpus.Folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "data", "reference", "published-names.tsv"));
        Assert.True(shipped.ReplaceLineEndings() == run.Stdout.ReplaceLineEndings(),
            "data/reference/published-names.tsv is not what `names data ../shared/data/disclosures` gives today: regenerate it (see its header)");
        // 新乡市红旗区行政审批和政务信息管理局 prints 2010350 事业运行 beside its code.
        Assert.Contains("FUNCTIONAL\t2010350\t事业运行\t", run.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
