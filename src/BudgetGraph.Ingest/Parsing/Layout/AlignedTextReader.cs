namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Reads `pdftotext -layout` output: a form feed starts a page, words are runs of non-space characters and their
/// positions are character columns. Wide (CJK) characters make columns drift between lines, so readers compare
/// positions only right of a row's name, where every character is narrow.
/// </summary>
public static class AlignedTextReader
{
    public static LayoutDocument Read(SourceText text)
    {
        var lines = new List<LayoutLine>();
        var page = 1;
        for (var number = 1; number <= text.LineCount; number++)
        {
            var raw = text[number];
            var formFeeds = raw.Count(c => c == '\f');
            page += formFeeds;
            var body = raw.Replace('\f', ' ');
            var words = Words(body);
            if (words.Count > 0)
                lines.Add(new LayoutLine(page, number, number, words));
        }

        return new LayoutDocument { FileName = text.FileName, Kind = LayoutSourceKind.AlignedText, Lines = lines };
    }

    private static List<LayoutWord> Words(string line)
    {
        var words = new List<LayoutWord>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var space = i == line.Length || char.IsWhiteSpace(line[i]);
            if (!space && start < 0)
                start = i;
            else if (space && start >= 0)
            {
                words.Add(new LayoutWord(line[start..i], start, i));
                start = -1;
            }
        }

        return words;
    }
}
