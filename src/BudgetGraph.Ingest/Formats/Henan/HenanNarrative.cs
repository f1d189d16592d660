using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// The text before the tables: prior-year comparisons anywhere in the explanations, small facts under the headings
/// that announce them (三公, 机构运转经费, 政府采购, 国有资产), and the 名词解释 glossary at the end.
/// </summary>
internal sealed class HenanNarrative
{
    public required IReadOnlyList<StatedComparison> Comparisons { get; init; }

    public required IReadOnlyList<DocumentFact> Facts { get; init; }

    public required IReadOnlyList<GlossaryTerm> Glossary { get; init; }

    public static HenanNarrative Read(SourceText text, int firstTableLine, string documentId, int year, string departmentName)
    {
        var paragraphs = ParagraphReader.Read(text, 1, firstTableLine);
        var explanations = GlossaryReader.HeadingIndex(paragraphs) is { } glossaryAt ? paragraphs.Take(glossaryAt).ToList() : paragraphs.ToList();
        return new HenanNarrative
        {
            Comparisons = StatedComparisonReader.Read(explanations, documentId, year),
            Facts = NarrativeFacts.Read(explanations, documentId, departmentName),
            Glossary = GlossaryReader.Section(paragraphs, documentId),
        };
    }
}
