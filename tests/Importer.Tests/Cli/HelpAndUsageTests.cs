using BudgetGraph.Tests.Infrastructure;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Cli;

/// <summary>
/// `--help` for the program and every command, and usage errors: help on stdout with exit 0; a command line the
/// program cannot run gets a short usage on stderr, nothing on stdout, and exit 2.
/// </summary>
public sealed class HelpAndUsageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-cli-").FullName;

    /// <summary>Command lines, split on spaces.</summary>
    public static TheoryData<string> HelpRequests => new()
    {
        "--help",
        "-h",
        "help",
        "import --help",
        "help import",
        "check --help",
        "check -h",
        "help check",
        "upgrade --help",
        "help upgrade",
    };

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public async Task Help_ExitsZero_WithSynopsisDatabaseSettingsExitCodesAndExamples(string commandLine)
    {
        var run = await RunAsync(commandLine.Split(' '));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        foreach (var part in new[] { "Usage:", "ConnectionStrings__Budget", "Database__Provider", "Exit codes", "Examples:" })
            Assert.Contains(part, run.Stdout, StringComparison.Ordinal);
        Assert.InRange(Examples(run.Stdout).Count, 2, 3);
        Assert.False(File.Exists(UntouchedDatabase));
    }

    [Theory]
    [InlineData("import", "dotnet run --project src/Importer -- import data/")]
    [InlineData("check", "dotnet run --project src/Importer -- check data/xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt")]
    [InlineData("upgrade", "dotnet run --project src/Importer -- upgrade")]
    public async Task CommandHelp_HasItsOwnExamples(string command, string example)
    {
        var run = await RunAsync(command, "--help");

        Assert.StartsWith($"{command}: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"BudgetGraph.Importer {command}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(example, Examples(run.Stdout));
        Assert.All(Examples(run.Stdout), e => Assert.Contains($" -- {command}", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckHelp_StatesWhichSeveritiesCount_AndItsExitCodes()
    {
        var help = (await RunAsync("check", "--help")).Stdout;

        Assert.Contains("0    clean: no finding of WARNING or ERROR severity (INFO, within rounding, is clean)", help, StringComparison.Ordinal);
        Assert.Contains("1    findings: at least one WARNING or ERROR", help, StringComparison.Ordinal);
        Assert.Contains("2    unreadable input", help, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(HelpRequests))]
    public async Task HelpExamples_NameFilesThatExist(string commandLine)
    {
        var run = await RunAsync(commandLine.Split(' '));

        var paths = Examples(run.Stdout)
            .SelectMany(e => e.Split(' '))
            .Where(word => word.StartsWith("data/", StringComparison.Ordinal) || word.StartsWith("tests/", StringComparison.Ordinal) || word.StartsWith("../shared/", StringComparison.Ordinal))
            .ToList();
        var inCorpus = paths.Where(p => p.StartsWith(SharedCorpus.DefaultLocation, StringComparison.Ordinal)).ToList();
        foreach (var path in paths.Except(inCorpus))
            Assert.True(Path.Exists(Path.Combine(RepositoryPaths.Root, path)), $"the example path {path} does not exist");

        // Examples over the shared corpus are looked up where the corpus is (BUDGETGRAPH_CORPUS may move it); without
        // it, the checks above stand and the test is skipped, or failed in CI.
        if (inCorpus.Count == 0)
            return;
        Corpus.Require();
        foreach (var path in inCorpus)
            Assert.True(Path.Exists(Path.Join(Corpus.Folder, path[SharedCorpus.DefaultLocation.Length..])), $"the example path {path} does not exist");
    }

    [Theory]
    [InlineData(new[] { "check", "--bogus", "data/" }, "error: unknown option '--bogus' for 'check'", "usage: BudgetGraph.Importer check")]
    [InlineData(new[] { "import", "data/", "-x" }, "error: unknown option '-x' for 'import'", "usage: BudgetGraph.Importer import")]
    [InlineData(new[] { "upgrade", "--format", "json" }, "error: unknown option '--format' for 'upgrade'", "usage: BudgetGraph.Importer upgrade")]
    [InlineData(new[] { "upgrade", "data/" }, "error: 'upgrade' takes no arguments", "usage: BudgetGraph.Importer upgrade")]
    [InlineData(new[] { "check", "data/", "--format", "xml" }, "error: unknown format 'xml': use table or json", "usage: BudgetGraph.Importer check")]
    [InlineData(new[] { "check", "data/", "--format" }, "error: '--format' needs a value", "usage: BudgetGraph.Importer check")]
    [InlineData(new[] { "check" }, "error: 'check' needs at least one file or folder", "usage: BudgetGraph.Importer check")]
    [InlineData(new[] { "import", "--format=json" }, "error: 'import' needs at least one file or folder", "usage: BudgetGraph.Importer import")]
    [InlineData(new[] { "frobnicate" }, "error: unknown command 'frobnicate'", "usage: BudgetGraph.Importer import")]
    [InlineData(new[] { "--verbose" }, "error: unknown option '--verbose'", "usage: BudgetGraph.Importer import")]
    [InlineData(new[] { "help", "frobnicate" }, "error: no help for unknown command 'frobnicate'", "usage: BudgetGraph.Importer import")]
    [InlineData(new string[0], "error: no command given", "usage: BudgetGraph.Importer import")]
    public async Task UsageError_ExitsTwo_WithShortUsageOnStderr_AndNothingOnStdout(string[] arguments, string error, string usage)
    {
        var run = await RunAsync(arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith(error, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(usage, run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(UntouchedDatabase));
    }

    [Fact]
    public async Task DoubleDash_EndsOptions_SoAFileNamedLikeAnOptionIsChecked()
    {
        var oddName = Path.Combine(_folder, "--format");
        File.Copy(RepositoryPaths.TestData("henan-minimal.txt"), oddName);

        var run = await RunAsync("check", "--format=json", "--", oddName);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(oddName, Assert.Single(run.Json().GetProperty("files").EnumerateArray()).GetProperty("file").GetString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string UntouchedDatabase => Path.Combine(_folder, "never.db");

    private Task<CliRun> RunAsync(params string[] arguments) => CliRun.WithoutDatabaseAsync(UntouchedDatabase, arguments);

    /// <summary>The example command lines of a help text: the indented lines after "Examples:".</summary>
    private static List<string> Examples(string help) =>
        help.Split('\n').SkipWhile(l => l != "Examples:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
}
