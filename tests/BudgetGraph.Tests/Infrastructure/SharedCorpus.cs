namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// The shared real-document corpus: ../shared/data/disclosures beside the repository, or the folder that
/// BUDGETGRAPH_CORPUS names (a machine that keeps it elsewhere, or a run that checks what happens without it). Compiled
/// into both test projects (linked), so both look in the same place and skip, or fail in CI, with the same reason.
/// </summary>
public static class SharedCorpus
{
    public const string Variable = "BUDGETGRAPH_CORPUS";

    public const string DefaultLocation = "../shared/data/disclosures";

    private static readonly string? _configured = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string Folder { get; } = Path.GetFullPath(_configured ?? Path.Combine(RepositoryRoot.FullName, DefaultLocation));

    public static bool Present => Directory.Exists(Folder);

    /// <summary>The reason a test gives when the corpus is absent; the same text in both projects, so the run's skip summary counts them together.</summary>
    public static string Missing { get; } = _configured is null
        ? $"the disclosure corpus {DefaultLocation} is absent — see {Prerequisite.ReadmeSection}"
        : $"the disclosure corpus {_configured} ({Variable}) is absent — see {Prerequisite.ReadmeSection}";

    /// <summary>Skips the test when the corpus is absent, or fails it in CI (<see cref="Prerequisite"/>).</summary>
    public static void Require() => Prerequisite.Require(Present, Missing);
}
