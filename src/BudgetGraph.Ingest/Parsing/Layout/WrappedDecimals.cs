using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Joins amounts whose decimals a narrow cell wrapped onto the next line. Chongqing's tables print "1,947" on the row's
/// line and ".94 1,811" under it, ".88 49" under that: each line after the row begins with the decimals of the amount
/// before it and may open the next amount. A line that begins with such a tail (".94") continues the line above on the
/// same page: each tail completes the last amount still printed without decimals, each whole number opens a new one. A
/// label after the tails starts another row (a two-sided table's other side), which keeps its own line.
/// Nothing is joined when a tail has no open amount to complete; the row reader then sees the tail and refuses the row.
/// </summary>
public static partial class WrappedDecimals
{
    public static IReadOnlyList<LayoutLine> Join(IReadOnlyList<LayoutLine> lines)
    {
        var joined = new List<LayoutLine>(lines.Count);
        foreach (var line in lines)
        {
            var tails = line.Words.TakeWhile(w => Tail().IsMatch(w.Text)).Count();
            if (tails == 0 || joined.Count == 0 || joined[^1].Page != line.Page)
            {
                joined.Add(line);
                continue;
            }

            // Only amounts after the tails: they open the next columns of the same row. A label after them starts
            // another row (the other side of a two-sided table: ".84 一、一般公共服务支出 23,103"), which stays a line.
            var rest = line.Words.Skip(tails).ToList();
            var sameRow = rest.All(w => Tail().IsMatch(w.Text) || IsWhole(w.Text));
            if (TryJoin(joined[^1], sameRow ? line.Words : line.Words.Take(tails)) is not { } merged)
            {
                joined.Add(line);
                continue;
            }

            joined[^1] = merged;
            if (!sameRow)
                joined.Add(line with { Words = rest });
        }

        return joined;
    }

    private static LayoutLine? TryJoin(LayoutLine above, IEnumerable<LayoutWord> tails)
    {
        var words = above.Words.ToList();
        // Only the amounts after the row's label are open: a code before it ("221 住房保障支出 1,947") is no amount.
        var firstAmount = words.FindLastIndex(w => !AmountText.TryParse(w.Text, out _)) + 1;
        var opened = new HashSet<int>(Enumerable.Range(firstAmount, words.Count - firstAmount).Where(i => IsWhole(words[i].Text)));
        foreach (var word in tails)
        {
            if (Tail().IsMatch(word.Text))
            {
                if (opened.Count == 0)
                    return null;
                var last = opened.Max();
                opened.Remove(last);
                words[last] = words[last] with { Text = words[last].Text + word.Text };
            }
            else
            {
                opened.Add(words.Count);
                words.Add(word);
            }
        }

        return above with { Words = words };
    }

    /// <summary>A line that still begins with decimals after <see cref="Join"/>: they had no amount to complete.</summary>
    public static bool StartsWithTail(LayoutLine line) => line.Words.Count > 0 && Tail().IsMatch(line.Words[0].Text);

    private static bool IsWhole(string text) => AmountText.TryParse(text, out _) && !text.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^\.\d{1,6}$")]
    private static partial Regex Tail();
}
