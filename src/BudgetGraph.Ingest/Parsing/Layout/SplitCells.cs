using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Joins an amount a narrow cell split around its row's line: its start on the line above, its last digit on the line
/// below (Hangzhou: "576,171.1" / "合计 665,964.37 …" / "1", the cell 576,171.11). Only a lone amount above ending one
/// digit short of two decimals and a lone digit below, in the same cell (the lower one starting within the upper one's
/// extent), around a line with a label; the two become one amount at the upper one's place. In a PDF the last digit may
/// also be a word of its own on the same line (<see cref="JoinWithin"/>).
/// </summary>
public static partial class SplitCells
{
    /// <summary>Points between a PDF amount's last glyphs that are no word space.</summary>
    private const double PdfGap = 4;

    public static IReadOnlyList<LayoutLine> Join(IReadOnlyList<LayoutLine> lines, double rowSlack)
    {
        if (rowSlack > 0)
            lines = lines.Select(l => JoinWithin(l, PdfGap)).ToList();
        var result = new List<LayoutLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 2 < lines.Count && Split(lines[i], lines[i + 1], lines[i + 2], rowSlack) is { } joined)
            {
                result.Add(joined);
                i += 2;
                continue;
            }

            result.Add(lines[i]);
        }

        return result;
    }

    private static LayoutLine? Split(LayoutLine above, LayoutLine row, LayoutLine below, double rowSlack)
    {
        // Above: amounts only, among them the split starts (a PDF sets the row's other amounts a few points up with
        // them); below: only last digits, each under one start.
        if (above.Words.Count == 0 || below.Words.Count == 0 || above.Page != row.Page || below.Page != row.Page
            || !above.Words.All(w => AmountText.TryParse(w.Text, out _) || Start().IsMatch(w.Text)) || !below.Words.All(w => End().IsMatch(w.Text)))
            return null;
        var near = rowSlack > 0
            ? row.Y - above.Y <= rowSlack && below.Y - row.Y <= rowSlack
            : row.Line == above.Line + 1 && below.Line == row.Line + 1;
        if (!near || !row.Words.Any(w => !AmountText.TryParse(w.Text, out _)))
            return null;
        var words = above.Words.ToList();
        foreach (var end in below.Words)
        {
            var start = words.FindIndex(w => Start().IsMatch(w.Text) && end.Left >= w.Left - 1 && end.Left <= w.Right + 2);
            if (start < 0 || !AmountText.TryParse(words[start].Text + end.Text, out _))
                return null;
            words[start] = words[start] with { Text = words[start].Text + end.Text };
        }

        return row with { Words = row.Words.Concat(words).OrderBy(w => w.Left).ToList() };
    }

    /// <summary>
    /// Within a PDF line: a word ending one digit short of two decimals and a lone digit right after it, closer than a
    /// space ("665964.3" "7"), are one amount.
    /// </summary>
    public static LayoutLine JoinWithin(LayoutLine line, double gap)
    {
        var words = line.Words.ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Start().IsMatch(words[i].Text) && End().IsMatch(words[i + 1].Text) && words[i + 1].Left - words[i].Right < gap)
            {
                words[i] = words[i] with { Text = words[i].Text + words[i + 1].Text, Right = words[i + 1].Right };
                words.RemoveAt(i + 1);
            }
        }

        return words.Count == line.Words.Count ? line : line with { Words = words };
    }

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})*|\d+)\.\d$")]
    private static partial Regex Start();

    [GeneratedRegex(@"^\d$")]
    private static partial Regex End();
}
