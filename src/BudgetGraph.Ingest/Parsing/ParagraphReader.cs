using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// Joins narrative lines into paragraphs. A page break can cut a sentence in two ("…国有资本经营" / blank / "收支预算0万元"),
/// so a line that does not end a sentence continues on the next non-blank line, unless it is a heading or the next line
/// starts a numbered item.
/// </summary>
public static partial class ParagraphReader
{
    public static IReadOnlyList<TextNote> Read(SourceText text, int firstLine, int endLine)
    {
        var paragraphs = new List<TextNote>();
        TextNote? open = null;
        for (var line = firstLine; line < endLine; line++)
        {
            var raw = text[line];

            // A page marker of the tabbed extraction is a page break: like a blank line, it neither ends nor joins.
            if (SourceText.IsBlank(raw) || raw.Trim() == Layout.TabbedPagesReader.PageBreak)
                continue;

            var trimmed = raw.Trim().Trim('\u3000');
            if (open is not null && !EndsSentence(open.Text) && !IsHeading(open.Text) && !StartsItem(trimmed))
            {
                open = open with { Text = open.Text + trimmed };
                continue;
            }

            if (open is not null)
                paragraphs.Add(open);
            open = new TextNote(line, trimmed);
        }

        if (open is not null)
            paragraphs.Add(open);
        return paragraphs;
    }

    /// <summary>A short numbered or part title such as "七、一般公共预算“三公”经费支出预算情况说明" or "（二）政府采购支出情况".</summary>
    public static bool IsHeading(string text) =>
        text.Length <= 40 && !EndsSentence(text) && !text.Contains('：', StringComparison.Ordinal) && (StartsItem(text) || text.StartsWith('第'));

    private static bool EndsSentence(string text) => text.Length > 0 && "。；！？：;:".Contains(text[^1], StringComparison.Ordinal);

    private static bool StartsItem(string text) => ItemPattern().IsMatch(text);

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分|附件|\d+[.、])")]
    private static partial Regex ItemPattern();
}
