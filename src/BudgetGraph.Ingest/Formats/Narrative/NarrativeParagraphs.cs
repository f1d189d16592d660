using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// The narrative of a layout document: its paragraphs that start on a page no table covers (explanations come both
/// before the tables and after them, e.g. 其他相关情况说明).
/// </summary>
public static class NarrativeParagraphs
{
    public static IReadOnlyList<TextNote> Outside(DisclosureSource source, IEnumerable<LayoutTable> tables)
    {
        if (!source.Layout.HasPages)
            return OutsideLines(source, tables);
        var covered = new HashSet<int>();
        foreach (var table in tables)
        {
            var last = table.Rows.Count == 0 ? table.TitleLine.Page : table.Rows.Max(r => r.Page);
            for (var page = table.TitleLine.Page; page <= last; page++)
                covered.Add(page);
        }

        var pageOfLine = source.Layout.Lines.ToDictionary(l => l.Line, l => l.Page);
        return ParagraphReader.Read(source.Text, 1, source.Text.LineCount + 1)
            .Where(p => !pageOfLine.TryGetValue(p.Line, out var page) || !covered.Contains(page))
            .ToList();
    }

    /// <summary>
    /// A document without pages (a grid export): the paragraphs outside every table's lines, a table running from its
    /// title to the next table's title (its notes included), the last one to its last row.
    /// </summary>
    private static List<TextNote> OutsideLines(DisclosureSource source, IEnumerable<LayoutTable> tables)
    {
        var ordered = tables.OrderBy(t => t.TitleLine.Line).ToList();
        var ranges = ordered.Select((t, i) => (From: t.TitleLine.Line, To: i + 1 < ordered.Count ? ordered[i + 1].TitleLine.Line - 1 : t.Rows.Select(r => r.Line).DefaultIfEmpty(t.TitleLine.Line).Max())).ToList();
        return ParagraphReader.Read(source.Text, 1, source.Text.LineCount + 1)
            .Where(p => !ranges.Any(r => p.Line >= r.From && p.Line <= r.To))
            .ToList();
    }
}
