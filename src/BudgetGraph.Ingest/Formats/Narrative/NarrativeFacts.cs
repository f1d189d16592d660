using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// Small facts under the narrative headings that announce them (三公, 机构运转经费/机关运行经费, 政府采购, 国有资产),
/// the same in every family: a heading sets the category, the paragraphs under it are read by <see cref="FactReader"/>.
/// </summary>
public static class NarrativeFacts
{
    public static List<DocumentFactRecord> Read(IEnumerable<TextNote> paragraphs, string departmentName)
    {
        var facts = new List<DocumentFactRecord>();
        string? section = null;
        string? subsection = null;
        var inSubsection = false;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            if (ParagraphReader.IsHeading(text))
            {
                if (text.StartsWith('（') || text.StartsWith('('))
                {
                    subsection = Category(text);
                    inSubsection = true;
                }
                else
                {
                    section = Category(text);
                    subsection = null;
                    inSubsection = false;
                }

                continue;
            }

            if ((inSubsection ? subsection : section) is { } category)
                facts.AddRange(FactReader.Read(paragraph, category, departmentName));
        }

        return facts;
    }

    private static string? Category(string heading) => heading switch
    {
        _ when heading.Contains("三公", StringComparison.Ordinal) => "THREE_PUBLIC",
        _ when heading.Contains("运转经费", StringComparison.Ordinal) || heading.Contains("运行经费", StringComparison.Ordinal) => "OPERATING_COST",
        _ when heading.Contains("政府采购", StringComparison.Ordinal) => "PROCUREMENT",
        _ when heading.Contains("国有资产", StringComparison.Ordinal) => "ASSETS",
        _ => null,
    };
}
