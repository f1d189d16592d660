namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// The one rule for tests that need something the machine may lack (the shared corpus, Chromium). Outside CI a missing
/// prerequisite skips the test with its reason, so `dotnet test` runs on a bare clone; in CI (CI=true), where .ci/run
/// provides every prerequisite, it fails the test, so that a test cannot silently vanish from CI. Compiled into both
/// test projects (linked).
/// </summary>
public static class Prerequisite
{
    /// <summary>Where the README says what the tests need; skip reasons end with it.</summary>
    public const string ReadmeSection = "README#what-the-tests-need";

    /// <summary>True when the environment variable CI is "true", as .ci/run and hosted CI services set it.</summary>
    public static bool InCi { get; } = IsCi(Environment.GetEnvironmentVariable("CI"));

    public static bool IsCi(string? variable) => string.Equals(variable, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns when <paramref name="present"/>; otherwise skips the test, or fails it in CI.</summary>
    public static void Require(bool present, string reason) => Require(present, reason, InCi);

    /// <summary>
    /// <see cref="Require(bool, string)"/> with the CI flag passed in, so the rule can be tested without changing the
    /// process environment under tests that run in parallel.
    /// </summary>
    public static void Require(bool present, string reason, bool inCi)
    {
        if (present)
            return;
        if (inCi)
            throw new Xunit.Sdk.XunitException($"{reason} (CI=true: a missing prerequisite fails the test instead of skipping it)");
        throw new SkipException(reason);
    }
}
