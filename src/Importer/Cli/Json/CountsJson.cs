using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>The records a document yields, as the table report's "Records" lists them.</summary>
internal sealed record CountsJson(
    IReadOnlyDictionary<string, int> BudgetLines,
    int ClassificationNodes,
    int Projects,
    int Indicators,
    int StatedComparisons,
    int Facts,
    int GlossaryTerms)
{
    public static CountsJson From(DisclosureContent content) => new(
        Enum.GetValues<LineKind>().ToDictionary(kind => kind.ToString(), kind => content.Lines.Count(l => l.Kind == kind)),
        content.Classification.Count,
        content.Projects.Count,
        content.Projects.Sum(p => p.Indicators.Count) + content.DepartmentIndicators.Count,
        content.Comparisons.Count,
        content.Facts.Count,
        content.Glossary.Count);
}
