using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// Reads the 名词解释 section: its heading ("第三部分 名词解释" in Henan, a bare "名词解释" in Shanghai; the table of
/// contents' "三、名词解释 ……" is not one), then the numbered entries right after it, "一、财政拨款收入：是指…" or
/// "（一）财政拨款收入：是…" → term 财政拨款收入 and its definition, up to the first paragraph that is not an entry.
/// </summary>
public static partial class GlossaryReader
{
    /// <summary>The index of the glossary heading among the paragraphs (the last one), or null when there is none.</summary>
    public static int? HeadingIndex(IReadOnlyList<TextNote> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (Heading().IsMatch(HeaderText.Normalise(paragraphs[i].Text)))
                return i;
        }

        return null;
    }

    public static IReadOnlyList<GlossaryTermRecord> Section(IReadOnlyList<TextNote> paragraphs) =>
        HeadingIndex(paragraphs) is { } heading ? Read(paragraphs.Skip(heading + 1)) : [];

    /// <summary>A definition whose paragraph ends in ；or ： goes on in the next paragraph (the paragraph reader splits there).</summary>
    private static List<GlossaryTermRecord> Read(IEnumerable<TextNote> paragraphs)
    {
        var terms = new List<GlossaryTermRecord>();
        foreach (var paragraph in paragraphs)
        {
            var match = EntryPattern().Match(paragraph.Text);
            if (match.Success)
            {
                terms.Add(new GlossaryTermRecord
                {
                    Term = match.Groups["term"].Value.Trim(),
                    Definition = match.Groups["def"].Value.Trim(),
                    Line = paragraph.Line,
                });
            }
            else if (terms.Count > 0 && terms[^1].Definition[^1] is '；' or '：' or ';' or ':')
            {
                terms[^1] = terms[^1] with { Definition = terms[^1].Definition + paragraph.Text };
            }
            else
            {
                break;
            }
        }

        return terms;
    }

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)?名词解释$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]、?)(?<term>[^：:。]{1,40})[：:](?<def>.+)$")]
    private static partial Regex EntryPattern();
}
