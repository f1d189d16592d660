using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// The text before the tables: prior-year comparisons anywhere in the explanations, small facts under the headings
/// that announce them (三公, 机构运转经费, 政府采购, 国有资产), and the 名词解释 glossary at the end.
/// </summary>
internal sealed class HenanNarrative
{
    public required IReadOnlyList<StatedComparisonRecord> Comparisons { get; init; }

    public required IReadOnlyList<DocumentFactRecord> Facts { get; init; }

    public required IReadOnlyList<GlossaryTermRecord> Glossary { get; init; }

    public static HenanNarrative Read(SourceText text, int firstTableLine, int year, string departmentName)
    {
        var paragraphs = ParagraphReader.Read(text, 1, firstTableLine);
        var explanations = GlossaryReader.HeadingIndex(paragraphs) is { } glossaryAt ? paragraphs.Take(glossaryAt).ToList() : paragraphs.ToList();
        return new HenanNarrative
        {
            Comparisons = StatedComparisonReader.Read(explanations, year),
            Facts = NarrativeFacts.Read(explanations, departmentName),
            Glossary = GlossaryReader.Section(paragraphs),
        };
    }
}
