using System.Text.RegularExpressions;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// The rule every skip goes through: a missing prerequisite skips a test outside CI and fails it in CI. The CI flag is
/// passed in rather than set in the environment, which tests running in parallel share.
/// </summary>
public sealed partial class PrerequisiteTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Require_Present_Returns(bool inCi) =>
        Prerequisite.Require(true, "not needed", inCi);

    [Fact]
    public void Require_MissingOutsideCi_SkipsWithTheReason()
    {
        var skip = Assert.Throws<SkipException>(() => Prerequisite.Require(false, "the corpus is absent", inCi: false));

        Assert.Equal("the corpus is absent", skip.Message);
    }

    [Fact]
    public void Require_MissingInCi_FailsWithTheReason()
    {
        var failure = Assert.Throws<Xunit.Sdk.XunitException>(() => Prerequisite.Require(false, "the corpus is absent", inCi: true));

        Assert.StartsWith("the corpus is absent (CI=true", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCi_TheCiVariable_TrueOnlyForTrue(string? variable, bool inCi) =>
        Assert.Equal(inCi, Prerequisite.IsCi(variable));

    [Fact]
    public void ReadmeSection_NamesAHeadingOfTheReadme()
    {
        var anchors = Heading().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")))
            .Select(m => m.Groups[1].Value.Trim().ToLowerInvariant().Replace(' ', '-'));

        Assert.Contains(Prerequisite.ReadmeSection["README#".Length..], anchors);
    }

    [GeneratedRegex(@"^#+ (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
