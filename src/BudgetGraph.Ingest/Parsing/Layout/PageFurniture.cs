using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Lines that belong to the page, not to what is printed on it: page numbers ("- 9 -", "9") and a running header or
/// footer repeated on many pages ("无锡市统计局 2026 年度部门预算公开"). Inside a table they would read as rows (the
/// year and the page number parse as amounts), so table readers skip them.
/// </summary>
public sealed partial class PageFurniture
{
    /// <summary>A line printed on at least this share of the pages (and on three or more) is running text.</summary>
    private const double RunningShare = 0.3;

    /// <summary>How close (in <see cref="LayoutLine.Y"/>) a page number's digits and dashes may sit and still be one line.</summary>
    private const double SplitNumberSlack = 6;

    private readonly HashSet<string> _running;
    private readonly HashSet<LayoutLine> _pageEdges;
    private readonly HashSet<LayoutLine> _splitNumbers;

    private PageFurniture(HashSet<string> running, HashSet<LayoutLine> pageEdges, HashSet<LayoutLine> splitNumbers)
    {
        _running = running;
        _pageEdges = pageEdges;
        _splitNumbers = splitNumbers;
    }

    public static PageFurniture Of(LayoutDocument document)
    {
        var pages = Math.Max(1, document.PageCount);
        // Only a page's first and last lines can be its header or footer: a caption repeated under every table title
        // ("部门：… 单位：万元") is part of the table.
        var edges = document.Lines.GroupBy(l => l.Page).SelectMany(p => new[] { p.First(), p.Last() }).ToHashSet();
        var running = edges
            .GroupBy(l => l.Compact, StringComparer.Ordinal)
            .Where(g => g.Key.Length >= 6)
            .Select(g => (Text: g.Key, Pages: g.Select(l => l.Page).Distinct().Count()))
            .Where(g => g.Pages >= 3 && g.Pages >= RunningShare * pages)
            .Select(g => g.Text)
            .ToHashSet(StringComparer.Ordinal);
        return new PageFurniture(running, edges, SplitPageNumbers(document));
    }

    /// <summary>
    /// A PDF may set a page number's digits a few points above its dashes ("1 3" over "— —" for "— 13 —"): the page's
    /// last two lines, so close they are one printed line, that read as a dashed number when merged left to right.
    /// </summary>
    private static HashSet<LayoutLine> SplitPageNumbers(LayoutDocument document)
    {
        var found = new HashSet<LayoutLine>();
        foreach (var page in document.Lines.GroupBy(l => l.Page))
        {
            var last = page.TakeLast(2).ToList();
            if (last.Count == 2 && Math.Abs(last[1].Y - last[0].Y) <= SplitNumberSlack
                && DashedPageNumber().IsMatch(string.Concat(last.SelectMany(l => l.Words).OrderBy(w => w.Left).Select(w => w.Text))))
                found.UnionWith(last);
        }

        return found;
    }

    /// <summary>
    /// A dashed page number anywhere ("- 9 -"); a bare one ("9") only as the first or last line of its page, since inside
    /// a table a lone number is more likely an amount wrapped from the line above.
    /// </summary>
    public bool Contains(LayoutLine line) =>
        DashedPageNumber().IsMatch(line.Compact) || _splitNumbers.Contains(line) || (_pageEdges.Contains(line) && BarePageNumber().IsMatch(line.Compact)) || (_pageEdges.Contains(line) && _running.Contains(line.Compact));

    [GeneratedRegex(@"^[-—–－]\d{1,3}[-—–－]$|^第\d{1,3}页(共\d{1,3}页)?$")]
    private static partial Regex DashedPageNumber();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BarePageNumber();
}
