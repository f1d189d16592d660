using Importer.Tests.Infrastructure;

namespace Importer.Tests.Cli;

/// <summary>
/// `survey` over the national corpus: every file has an outcome, read documents print the total they add up to, and the
/// read rate cannot quietly fall below what the reader reaches today (issue 11 raises the floor as it reads more).
/// </summary>
public sealed class SurveyCommandTests : IDisposable
{
    /// <summary>Files of national/ read or partial today (text and PDF of each document; Beijing's narrative parts not counted).</summary>
    private const int NationalFilesReadFloor = 61;

    /// <summary>
    /// Documents of national/ read or partial today (a text and its PDF are one document, as is each of Beijing's pairs):
    /// all 32 but Xi'an 2019 (no tables); Hangzhou's 交通运输局 from its PDF only (its text export indents unevenly). Issue 11
    /// asks for at least 29.
    /// </summary>
    private const int NationalDocumentsReadFloor = 31;

    private static readonly string[] _outcomes = ["read", "partial", "part", "refused", "not-a-disclosure"];

    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-survey-").FullName;

    [SkippableFact]
    public async Task Survey_NationalCorpus_EveryFileHasAnOutcome_ReadRateHoldsItsFloor()
    {
        Corpus.Require();
        var national = Path.Combine(Corpus.Folder, "national");

        var run = await CliRun.WithoutDatabaseAsync(Path.Combine(_folder, "never.db"), "survey", national, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = run.Json().GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(70, files.Count);
        Assert.All(files, f => Assert.Contains(f.GetProperty("outcome").GetString(), _outcomes));
        var read = files.Where(f => f.GetProperty("outcome").GetString() is "read" or "partial").ToList();
        Assert.True(read.Count >= NationalFilesReadFloor, $"{read.Count} of {files.Count} national files read, the floor is {NationalFilesReadFloor}");
        var documents = read.Select(f => f.GetProperty("documentId").GetString()).Distinct().ToList();
        Assert.True(documents.Count >= NationalDocumentsReadFloor, $"{documents.Count} national documents read, the floor is {NationalDocumentsReadFloor}");
        // Each narrative part (Beijing's 附件1) belongs to a document whose tables were read.
        var parts = files.Where(f => f.GetProperty("outcome").GetString() == "part").ToList();
        Assert.Equal(6, parts.Count);
        Assert.All(parts, p => Assert.Contains(p.GetProperty("documentId").GetString(), documents));
        // A read document's total is the one its 收支总表 prints (these budgets carry nothing over).
        Assert.All(read, f => Assert.Equal(f.GetProperty("printedTotal").GetDecimal(), f.GetProperty("total").GetDecimal()));
        Assert.All(files.Where(f => f.GetProperty("outcome").GetString() is "refused" or "not-a-disclosure"),
            f => Assert.False(string.IsNullOrEmpty(f.GetProperty("reason").GetString())));
        // A disclosure whose layout is not read yet is the importer's refusal, never "not a disclosure"; a narrative
        // without tables (Xi'an 2019, whose tables were a separate attachment) is not a disclosure to read.
        Assert.NotEqual("not-a-disclosure", Outcome(files, "beijing_a6fa95387a42.txt"));
        Assert.Equal("not-a-disclosure", Outcome(files, "xian_33b3226e8896.txt"));
        var fuzhou = files.Single(f => f.GetProperty("file").GetString()!.EndsWith("fuzhou_ac7c3a0f82a6.txt", StringComparison.Ordinal));
        var codes = fuzhou.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("count").GetInt32()));
        Assert.Equal([("HIERARCHY_SUBTOTAL_MISMATCH", 4)], codes);
        var sjtu = files.Single(f => f.GetProperty("file").GetString()!.EndsWith("shanghai_1a99015595ae.txt", StringComparison.Ordinal));
        Assert.Equal(408_696_000m, sjtu.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Check_ReferenceDocument_Json_GivesTotalAndPrintedTotalInYuan()
    {
        var run = await CliRun.WithoutDatabaseAsync(Path.Combine(_folder, "never.db"), "check", RepositoryPaths.ReferenceDisclosure, "--format", "json");

        var file = Assert.Single(run.Json().GetProperty("files").EnumerateArray());
        Assert.Equal(2_506_500m, file.GetProperty("total").GetDecimal());
        Assert.Equal(2_506_500m, file.GetProperty("printedTotal").GetDecimal());
    }

    [Fact]
    public async Task Survey_MissingFolder_IsAUsageError()
    {
        var run = await CliRun.WithoutDatabaseAsync(Path.Combine(_folder, "never.db"), "survey", Path.Combine(_folder, "absent"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no such file or folder", run.Stderr, StringComparison.Ordinal);
    }

    private static string? Outcome(List<System.Text.Json.JsonElement> files, string name) =>
        files.Single(f => f.GetProperty("file").GetString()!.EndsWith(name, StringComparison.Ordinal)).GetProperty("outcome").GetString();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
