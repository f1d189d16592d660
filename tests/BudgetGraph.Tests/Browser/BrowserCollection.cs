namespace BudgetGraph.Tests.Browser;

/// <summary>The browser test classes share one app and one Chromium, and run one after another (2 cores in CI).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
