using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The documents one file holds. A PDF may publish a department's summary (汇总) and then its own office's (本级) or its
/// units' budgets, each a whole set of the same tables under its own publisher (DOMAIN.md, "Any city"). A new set starts
/// where the set's first table is titled again under another publisher: the caption under that title (编制单位：…), else
/// the last caption line since the title before it (Xi'an prints 部门名称：… once, on the cover of its tables). A table
/// titled again under the same publisher is the same set (Shenzhen repeats title and caption on every page of a table),
/// and a file whose titles name no publisher is one document.
/// </summary>
internal static class LayoutSets
{
    /// <summary>Lines of the source text, first to last, of each set in the file's order; one range for the whole file when it holds one set.</summary>
    public static IReadOnlyList<(int FirstLine, int LastLine)> Find(DisclosureSource source, LayoutFamilyKind kind)
    {
        var document = source.Layout;
        var lines = document.Lines;
        // Known tables only: an unknown title may be the cover of the next set's tables (Xi'an's 2026年部门综合预算公开报表
        // over its 部门名称：… caption), which belongs to that set.
        var titles = LayoutCatalog.Titles(document, kind.Tables, kind.TitlePrefixes).Where(t => t.Captioned && t.Spec is not null).ToList();
        var first = titles.FirstOrDefault().Spec;
        var starts = new List<int>();
        string? publisher = null;
        var previousTitle = -1;
        foreach (var title in titles)
        {
            // The file's first title has no publisher before it, so it never starts a set of its own.
            var named = PublisherAt(lines, title.Index, previousTitle);
            if (title.Spec == first && named is not null && publisher is not null && !SamePublisher(named.Value.Name, publisher))
            {
                starts.Add(Boundary(document, previousTitle, title.Index, named.Value));
                publisher = named.Value.Name;
            }
            else
            {
                publisher ??= named?.Name;
            }

            previousTitle = title.Index;
        }

        var firstLines = starts.Select(i => lines[i].Line).Prepend(1).ToList();
        return [.. firstLines.Select((line, k) => (line, k + 1 < firstLines.Count ? firstLines[k + 1] - 1 : source.Text.LineCount))];
    }

    /// <summary>
    /// The publisher a title is published under, and the line naming it: a caption in the two lines under the title,
    /// else the last caption line since the known table's title before it.
    /// </summary>
    private static (string Name, int Index)? PublisherAt(IReadOnlyList<LayoutLine> lines, int title, int previousTitle)
    {
        for (var i = title + 1; i < Math.Min(lines.Count, title + 3); i++)
        {
            if (LayoutTableReader.PublisherOf(lines[i]) is { } under)
                return (under, i);
        }

        for (var i = title - 1; i > previousTitle; i--)
        {
            if (LayoutTableReader.PublisherOf(lines[i]) is { } above)
                return (above, i);
        }

        return null;
    }

    /// <summary>
    /// Where a set that starts with the title at <paramref name="title"/> begins: at the page of its cover (a line
    /// that starts with its publisher's name and prints no amount) when one lies after the previous set's last title;
    /// else at the first page after that title's that is no table page (its narrative), at the page of the caption
    /// naming it, or at its title (with a table number printed above it), whichever comes first.
    /// </summary>
    private static int Boundary(LayoutDocument document, int previousTitle, int title, (string Name, int Index) publisher)
    {
        var lines = document.Lines;
        var name = Folded(publisher.Name);
        var cover = Enumerable.Range(previousTitle + 1, title - previousTitle - 1)
            .FirstOrDefault(i => i != publisher.Index && Folded(lines[i].Compact).StartsWith(name, StringComparison.Ordinal)
                && !lines[i].Words.Any(w => AmountText.TryParse(w.Text, out _)), -1);
        if (cover >= 0)
            return PageStart(lines, cover, previousTitle);

        var start = title;
        while (start - 1 > previousTitle && lines[start - 1].Page == lines[title].Page && (LayoutCatalog.IsTableMarker(lines[start - 1]) || AmountText.IsYear(lines[start - 1].Compact)))
            start--;
        if (publisher.Index < title)
            start = Math.Min(start, PageStart(lines, publisher.Index, previousTitle));
        var titlePage = lines[previousTitle].Page;
        for (var i = previousTitle + 1; i < start; i++)
        {
            if (lines[i].Page != titlePage && (i == 0 || lines[i - 1].Page != lines[i].Page) && !LayoutTableReader.IsTablePage(document, lines[i].Page))
                return i;
        }

        return start;
    }

    /// <summary>The first line of the page of line <paramref name="index"/>, after line <paramref name="after"/>.</summary>
    private static int PageStart(IReadOnlyList<LayoutLine> lines, int index, int after)
    {
        var start = index;
        while (start - 1 > after && lines[start - 1].Page == lines[index].Page)
            start--;
        return start;
    }

    private static bool SamePublisher(string a, string b) => Folded(a) == Folded(b);

    /// <summary>A name as compared: without spaces (<see cref="HeaderText.Normalise"/>), brackets folded to ASCII.</summary>
    private static string Folded(string text) => HeaderText.Normalise(text).Replace('（', '(').Replace('）', ')');
}
