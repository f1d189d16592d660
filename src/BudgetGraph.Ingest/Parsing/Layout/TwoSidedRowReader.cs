using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Rows of a two-sided classified table (final accounts' 基本支出决算表: 人员经费 codes, names and amounts on the left,
/// 公用经费 on the right, then 人员经费合计 | 公用经费合计). Each side is cut at the header words 类 款 … 决算数; a row
/// is anchored by its 类 code (or a …合计 label) and takes the 款 code, name fragments and amount printed nearest to it
/// vertically on its side (cells are centred, names wrap above and below). Returns each row with its amount placed in
/// its side's column; the two totals form one row.
/// </summary>
public static partial class TwoSidedRowReader
{
    public static IReadOnlyList<(LayoutRow Row, LayoutWord?[] Placed)> Read(LayoutDocument document, IReadOnlyList<LayoutLine> lines, string tableLabel, TableWords words)
    {
        var classHeader = words.CodeHeaders[0];
        var headerLine = lines.FirstOrDefault(l => l.Words.Count(w => w.Text == classHeader) == 2)
            ?? throw new MalformedRowException($"the two-sided table has no {classHeader} … {classHeader} code header", document.FileName, tableLabel, lines.Count > 0 ? lines[0].Line : null, null);
        var header = lines.TakeWhile(l => l != headerLine).Append(headerLine).SelectMany(l => l.Words).ToList();
        var sides = Enumerable.Range(0, 2).Select(i => Side.From(header, i, words, document.FileName, tableLabel)).ToArray();
        var boundary = (sides[0].Amount.Right + sides[1].Class.Left) / 2;
        var data = lines.SkipWhile(l => l != headerLine).Skip(1).ToList();
        var rows = new List<(LayoutRow, LayoutWord?[])>();
        var totals = new List<Token>[2];
        for (var s = 0; s < 2; s++)
        {
            var tokens = data.SelectMany(l => l.Words.Where(w => s == 0 ? w.Left < boundary : w.Left >= boundary).Select(w => new Token(l, w))).ToList();
            var anchors = tokens.Where(t => sides[s].IsClass(t.Word) || words.EndsWithTotal(t.Word.Text)).ToList();
            var groups = anchors.ToDictionary(a => a, a => new List<Token> { a });
            foreach (var token in tokens.Except(anchors))
            {
                var anchor = anchors.Where(a => a.Line.Page == token.Line.Page).MinBy(a => Math.Abs(a.Line.Y - token.Line.Y));
                if (anchor is not null)
                    groups[anchor].Add(token);
                else if (sides[s].IsAmount(token.Word))
                    throw new MalformedRowException("an amount stands apart from any row of its side", document.FileName, tableLabel, token.Line.Line, token.Line.Text);
            }

            foreach (var anchor in anchors)
            {
                var group = groups[anchor].OrderBy(t => t.Line.Y).ThenBy(t => t.Word.Left).ToList();
                if (words.EndsWithTotal(anchor.Word.Text))
                {
                    totals[s] = group;
                    continue;
                }

                rows.Add(Build(sides[s], s, anchor, group, document.FileName, tableLabel));
            }
        }

        if (totals.All(t => t is not null))
        {
            var amounts = totals.Select(t => t.FirstOrDefault(x => x.IsAmountOf(sides)) is { } a ? a.Word : null).ToArray();
            var first = totals[0][0].Line;
            var name = string.Join("|", totals.Select(t => string.Concat(t.Where(x => !x.IsAmountOf(sides)).Select(x => x.Word.Text))));
            rows.Add((new LayoutRow(first.Page, first.Line, [], name, amounts.OfType<LayoutWord>().ToList(), [name, .. amounts.Select(a => a?.Text ?? "")], Raw(totals[0].Concat(totals[1]))), amounts));
        }

        return rows;
    }

    private static (LayoutRow, LayoutWord?[]) Build(Side side, int column, Token anchor, List<Token> group, string fileName, string tableLabel)
    {
        var item = group.FirstOrDefault(t => side.IsItem(t.Word));
        var amounts = group.Where(t => side.IsAmount(t.Word)).ToList();
        if (amounts.Count > 1)
            throw new MalformedRowException($"the row of {anchor.Word.Text} has {amounts.Count} amounts on one side", fileName, tableLabel, anchor.Line.Line, Raw(group));
        var name = string.Concat(group.Where(t => t != anchor && t != item && !amounts.Contains(t)).Select(t => t.Word.Text));
        string[] codes = item is null ? [anchor.Word.Text] : [anchor.Word.Text, item.Word.Text.PadLeft(2, '0')];
        var placed = new LayoutWord?[2];
        placed[column] = amounts.FirstOrDefault()?.Word;
        var amountWords = amounts.Select(a => a.Word).ToList();
        return (new LayoutRow(anchor.Line.Page, anchor.Line.Line, codes, name, amountWords, [.. codes, name, .. amountWords.Select(a => a.Text)], Raw(group)), placed);
    }

    private static string Raw(IEnumerable<Token> tokens) => string.Join(" / ", tokens.Select(t => t.Line).Distinct().OrderBy(l => l.Y).Select(l => l.Text));

    [GeneratedRegex(@"^\d{3}$")]
    private static partial Regex ClassCode();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex ItemCode();

    private sealed record Token(LayoutLine Line, LayoutWord Word)
    {
        public bool IsAmountOf(Side[] sides) => sides.Any(s => s.IsAmount(Word));
    }

    /// <summary>One side's header words: where its 类 and 款 codes and its amounts stand.</summary>
    private sealed record Side(LayoutWord Class, LayoutWord Item, LayoutWord Amount)
    {
        /// <summary>Codes are centred under their header; a few points either way still belong to it.</summary>
        private const double Slack = 8;

        public static Side From(List<LayoutWord> header, int index, TableWords words, string fileName, string tableLabel)
        {
            LayoutWord Nth(string text) => header.Where(w => w.Text == text).OrderBy(w => w.Left).ElementAtOrDefault(index)
                ?? throw new MalformedRowException($"the two-sided table's header lacks {text} on side {index + 1}", fileName, tableLabel);
            return new Side(Nth(words.CodeHeaders[0]), Nth(words.CodeHeaders[1]), Nth(words.AmountHeaders[0]));
        }

        public bool IsClass(LayoutWord word) => ClassCode().IsMatch(word.Text) && word.Left < Item.Left;

        public bool IsItem(LayoutWord word) => ItemCode().IsMatch(word.Text) && word.Left >= Item.Left - Slack && word.Right <= Item.Right + Slack;

        public bool IsAmount(LayoutWord word) => word.Right > Amount.Left && AmountText.TryParse(word.Text, out _);
    }
}
