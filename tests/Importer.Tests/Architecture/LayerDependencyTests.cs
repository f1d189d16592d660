using System.Text.RegularExpressions;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Architecture;

/// <summary>
/// The ingest library's layers point one way (STYLE.md): Parsing → Formats (records) → Validation → Loading (entities).
/// A namespace a file does not import (and does not spell out) is one it cannot use: the compiler makes these checks sound.
/// </summary>
public sealed partial class LayerDependencyTests
{
    private static readonly string _library = Path.Combine(RepositoryPaths.Root, "src", "BudgetGraph.Ingest");

    [Theory]
    [InlineData("Parsing", "BudgetGraph.Data")]
    [InlineData("Parsing", "BudgetGraph.Ingest.Formats")]
    [InlineData("Parsing", "BudgetGraph.Ingest.Records")]
    [InlineData("Parsing", "BudgetGraph.Ingest.Validation")]
    [InlineData("Parsing", "BudgetGraph.Ingest.Loading")]
    [InlineData("Records", "BudgetGraph.Data.Entities")]
    [InlineData("Records", "BudgetGraph.Ingest.Formats")]
    [InlineData("Records", "BudgetGraph.Ingest.Validation")]
    [InlineData("Records", "BudgetGraph.Ingest.Loading")]
    [InlineData("Formats", "BudgetGraph.Data.Entities")]
    [InlineData("Formats", "BudgetGraph.Ingest.Validation")]
    [InlineData("Formats", "BudgetGraph.Ingest.Loading")]
    [InlineData("Validation", "BudgetGraph.Data.Entities")]
    [InlineData("Validation", "BudgetGraph.Ingest.Loading")]
    public void Layer_DoesNotUse_TheNamespaceItMustNotSee(string layer, string forbidden)
    {
        var files = Directory.GetFiles(Path.Combine(_library, layer), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var offenders = files.Where(f => Mentions(File.ReadAllText(f), forbidden)).Select(f => Path.GetRelativePath(_library, f)).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Mentions_FindsAUsingAndAQualifiedName_NotALongerNamespace()
    {
        Assert.True(Mentions("using BudgetGraph.Data.Entities;", "BudgetGraph.Data.Entities"));
        Assert.True(Mentions("var x = new BudgetGraph.Data.Entities.BudgetLine();", "BudgetGraph.Data.Entities"));
        Assert.True(Mentions("using Alias = BudgetGraph.Ingest.Loading.ImportRun;", "BudgetGraph.Ingest.Loading"));
        Assert.False(Mentions("using BudgetGraph.Data.Values;", "BudgetGraph.Data.Entities"));
        Assert.False(Mentions("using BudgetGraph.Ingest.Formats.Layout;", "BudgetGraph.Ingest.Format"));
    }

    /// <summary>A using directive or qualified name of the namespace (or one below it), outside comments.</summary>
    private static bool Mentions(string source, string ns) =>
        Regex.IsMatch(LineComment().Replace(source, ""), $@"(?<![\w.]){Regex.Escape(ns)}(?=[.;\s])");

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
