using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Rows of a table that sets several code | name | amount sides side by side (Xi'an's 一般公共预算财政拨款基本支出决算表:
/// three sides headed "科目代码 科目名称 决算数", each listing whole economic codes, 30101 under 301, and two side
/// totals 人员经费合计 … 公用经费合计). The sides are cut at their amount headers; on each side a row is anchored by its
/// code (the first word of its side on its line) and takes the name and amount printed nearest to it (names wrap above
/// and below); which column an amount belongs to is the format's to say. The side totals come as total rows.
/// </summary>
public static partial class SideBySideRowReader
{
    /// <summary>Whether the lines carry the header of such a table: the amount header on two sides or more, no code-part headers.</summary>
    public static bool Fits(IReadOnlyList<LayoutLine> lines, TableWords words) =>
        lines.Any(l => l.Words.Count(w => w.Text == words.AmountHeaders[0]) >= 2) && !lines.Any(l => l.Words.Count(w => w.Text == words.CodeHeaders[0]) >= 2);

    public static IReadOnlyList<LayoutRow> Read(LayoutDocument document, IReadOnlyList<LayoutLine> lines, string tableLabel, TableWords words)
    {
        var amountHeader = words.AmountHeaders[0];
        var headerLine = lines.FirstOrDefault(l => l.Words.Count(w => w.Text == amountHeader) >= 2)
            ?? throw new MalformedRowException($"the side-by-side table has no {amountHeader} header on each side", document.FileName, tableLabel, lines.Count > 0 ? lines[0].Line : null, null);
        var sides = headerLine.Words.Count(w => w.Text == amountHeader);
        var header = HeaderBlock(lines, amountHeader);
        var data = lines.Where(l => !header.Contains(l)).ToList();
        // Each page repeats the header, its columns shifted: a side ends halfway between its amount header and the first
        // header word of the next side (its code header), by the page's own header.
        var endsByPage = lines.Where(l => l.Words.Count(w => w.Text == amountHeader) == sides).GroupBy(l => l.Page)
            .ToDictionary(g => g.Key, g => Ends(lines, g.First(), amountHeader));
        var firstEnds = endsByPage[headerLine.Page];
        int SideOf(LayoutLine line, LayoutWord word) => endsByPage.GetValueOrDefault(line.Page, firstEnds).FindIndex(end => word.Left < end);

        var rows = new List<LayoutRow>();
        for (var side = 0; side < sides; side++)
        {
            var tokens = data.SelectMany(l => l.Words.Where(w => SideOf(l, w) == side).Select(w => (Line: l, Word: w))).ToList();
            var firstOnLine = tokens.GroupBy(t => t.Line).ToDictionary(g => g.Key, g => g.MinBy(t => t.Word.Left).Word);
            var anchors = tokens.Where(t => (Code().IsMatch(t.Word.Text) && firstOnLine[t.Line] == t.Word) || words.EndsWithTotal(t.Word.Text)).ToList();
            var groups = anchors.ToDictionary(a => a, a => new List<(LayoutLine Line, LayoutWord Word)> { a });
            foreach (var token in tokens.Except(anchors))
            {
                var anchor = anchors.Where(a => a.Line.Page == token.Line.Page).MinBy(a => Math.Abs(a.Line.Y - token.Line.Y));
                if (anchor != default)
                    groups[anchor].Add(token);
                else if (AmountText.TryParse(token.Word.Text, out _))
                    throw new MalformedRowException("an amount stands apart from any row of its side", document.FileName, tableLabel, token.Line.Line, token.Line.Text);
            }

            foreach (var anchor in anchors)
            {
                var group = groups[anchor].OrderBy(t => t.Line.Y).ThenBy(t => t.Word.Left).ToList();
                var isCode = Code().IsMatch(anchor.Word.Text);
                var amountWords = group.Where(t => t != anchor && AmountText.TryParse(t.Word.Text, out _)).Select(t => t.Word).ToList();
                if (amountWords.Count > 1)
                    throw new MalformedRowException($"the row of {anchor.Word.Text} has {amountWords.Count} amounts on one side", document.FileName, tableLabel, anchor.Line.Line, anchor.Line.Text);
                var name = string.Concat(group.Where(t => (!isCode || t != anchor) && !amountWords.Contains(t.Word)).Select(t => t.Word.Text));
                var raw = string.Join(" / ", group.Select(t => t.Line).Distinct().OrderBy(l => l.Y).Select(l => l.Text));
                rows.Add(new LayoutRow(anchor.Line.Page, anchor.Line.Line, isCode ? [anchor.Word.Text] : [], name, amountWords, [.. isCode ? new[] { anchor.Word.Text } : [], name, .. amountWords.Select(a => a.Text)], raw)
                {
                    IsTotal = !isCode,
                });
            }
        }

        return rows;
    }

    /// <summary>
    /// The header around each page's amount-header line: that line and the one above and below it ("科目代" / "科目名称
    /// 决算数 …" / "码"), unless it starts with a code; a name wrapped above the first row of a page is data.
    /// </summary>
    private static HashSet<LayoutLine> HeaderBlock(IReadOnlyList<LayoutLine> lines, string amountHeader)
    {
        var header = new HashSet<LayoutLine>();
        foreach (var page in lines.GroupBy(l => l.Page).Select(g => g.ToList()))
        {
            var at = page.FindIndex(l => l.Words.Count(w => w.Text == amountHeader) >= 2);
            if (at < 0)
                continue;
            header.Add(page[at]);
            foreach (var next in new[] { at - 1, at + 1 }.Where(i => i >= 0 && i < page.Count))
            {
                if (!(page[next].Words.Count > 0 && Code().IsMatch(page[next].Words[0].Text)))
                    header.Add(page[next]);
            }
        }

        return header;
    }

    /// <summary>Where each side ends on the page of <paramref name="headerLine"/>.</summary>
    private static List<double> Ends(IReadOnlyList<LayoutLine> lines, LayoutLine headerLine, string amountHeader)
    {
        var amounts = headerLine.Words.Where(w => w.Text == amountHeader).OrderBy(w => w.Left).ToList();
        var page = lines.Where(l => l.Page == headerLine.Page).ToList();
        var firstData = page.FindIndex(page.IndexOf(headerLine), l => l.Words.Count > 0 && Code().IsMatch(l.Words[0].Text));
        var header = page.Take(firstData < 0 ? page.Count : firstData).SelectMany(l => l.Words).ToList();
        return amounts.Select((a, i) => i + 1 < amounts.Count && header.Where(w => w.Left > a.Right).MinBy(w => w.Left) is { } next
            ? (a.Right + next.Left) / 2
            : double.MaxValue).ToList();
    }

    [GeneratedRegex(@"^\d{3}(?:\d{2})?$")]
    private static partial Regex Code();
}
