using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Rebuilds table rows from the physical lines of a table. A row is anchored by a line with a classification code or a
/// label; in PDF input, lines holding only amounts or only a wrapped name that sit within the document's row slack of an
/// anchor belong to it (cells centred vertically). In text exports a name wrapped onto the next lines continues the row
/// above it, while amounts printed on a line of their own cannot be placed and are a located error.
/// </summary>
public static partial class LayoutRowReader
{
    /// <param name="isUnitCode">Whether a line's first word is the code of a budget unit rather than of a classification
    /// (a 部门代码 cell, or a unit listed among 类/款 rows): the row is then a unit row (<see cref="LayoutRow.Unit"/>).</param>
    public static IReadOnlyList<LayoutRow> Read(LayoutDocument document, IReadOnlyList<LayoutLine> lines, string tableLabel, bool classified, TableWords words,
        Func<LayoutWord, bool>? isUnitCode = null)
    {
        var parsed = SplitCells.Join(WrappedDecimals.Join(lines), document.RowSlack).Select(l => Parse(l, classified, words, isUnitCode)).ToList();
        var rows = new List<Builder>();
        var loose = new List<Parsed>();
        foreach (var line in parsed)
        {
            // A grid export's cell holding digits, dots and commas is an amount: one that does not read as a number
            // ("12..5") is a misprint, never a label.
            if (document.Kind == LayoutSourceKind.TabbedCells
                && line.Line.Words.GroupBy(ColumnAligner.Cell).Select(cell => string.Concat(cell.Select(w => w.Text))).FirstOrDefault(cell => NumberLike().IsMatch(cell) && !AmountText.TryParse(cell, out _)) is { } malformed)
                throw new MalformedNumberException($"\"{malformed}\" is not a number", document.FileName, tableLabel, line.Line.Line, line.Line.Text);

            // Amounts glued to a label or to each other ("人力资源和社会保障管理事务121748,642113868,642") cannot be split
            // safely: refuse rather than keep digits in a name and lose the row's amounts.
            if (classified && GluedAmount().Match(line.Text) is { Success: true } glued)
            {
                throw new MalformedRowException($"amounts are glued to a label or to each other (\"{glued.Value}\"): the row cannot be split into its cells",
                    document.FileName, tableLabel, line.Line.Line, line.Line.Text);
            }

            if (WrappedDecimals.StartsWithTail(line.Line))
            {
                throw new MalformedRowException($"decimals (\"{line.Line.Words[0].Text}\") wrapped onto a line of their own, with no amount above them to complete",
                    document.FileName, tableLabel, line.Line.Line, line.Line.Text);
            }

            if (line.IsAnchor)
                rows.Add(new Builder(line));
            else
                loose.Add(line);
        }

        var attached = new HashSet<Parsed>();
        for (var i = 0; i < loose.Count; i++)
        {
            var line = loose[i];
            var anchor = document.RowSlack > 0
                ? rows.Where(r => r.Anchor.Line.Page == line.Line.Page && Math.Abs(r.Anchor.Line.Y - line.Line.Y) <= document.RowSlack)
                    .MinBy(r => Math.Abs(r.Anchor.Line.Y - line.Line.Y))
                : TextContinuationOf(rows, line, words);
            if (anchor is not null)
            {
                anchor.Parts.Add(line);
                attached.Add(line);
            }
            else if (NameAround(document, loose, i, attached, words) is { } wrapped)
            {
                rows.Add(wrapped);
                attached.UnionWith(wrapped.Parts);
                i++;
            }
            else if (!classified && line.Amounts.Count > 0)
            {
                rows.Add(new Builder(line));
            }
            else if (classified && line.Amounts.Count > 0)
            {
                throw new MalformedRowException("amounts stand on a line apart from any row label (the extraction separated values from their labels)",
                    document.FileName, tableLabel, line.Line.Line, line.Line.Text);
            }
        }

        // A grid export says where each cell ends: text in two cells is two labels ("（二）政府性基金预算拨款" | blank |
        // "（三）国防支出"), never one. Elsewhere a label's words are joined, as a PDF splits one label into several.
        Func<LayoutWord, LayoutWord, bool> sameLabel = document.Kind == LayoutSourceKind.TabbedCells ? (a, b) => ColumnAligner.Cell(a) == ColumnAligner.Cell(b) : (_, _) => true;
        return rows.OrderBy(r => r.Anchor.Line.Page).ThenBy(r => r.Anchor.Line.Y).Select(r => r.Build(words, sameLabel)).ToList();
    }

    /// <summary>
    /// A row whose label wraps around its amounts: a line of amounts alone that no row claims, with a line of text alone
    /// right above it that no row claims either, and one right below ("深圳市市场监督管理局深汕监管" /
    /// "3,703.39 1,613.92 …" / "局": Shenzhen's unit row, the table's total). "Right above" is the previous line in a text
    /// export, within twice the row slack in a PDF.
    /// </summary>
    private static Builder? NameAround(LayoutDocument document, List<Parsed> loose, int index, HashSet<Parsed> attached, TableWords words)
    {
        var line = loose[index];
        if (index == 0 || line.Amounts.Count == 0 || line.Text.Length > 0 || line.Codes.Count > 0)
            return null;
        var above = loose[index - 1];
        if (attached.Contains(above) || !IsNameOnly(above, words) || !Adjacent(document, above, line))
            return null;
        // Text on both sides: a header line above stray amounts is not a label.
        if (index + 1 >= loose.Count || !IsNameOnly(loose[index + 1], words) || !Adjacent(document, line, loose[index + 1]))
            return null;
        var row = new Builder(line);
        row.Parts.AddRange([above, loose[index + 1]]);
        return row;
    }

    private static bool IsNameOnly(Parsed line, TableWords words) => line.Amounts.Count == 0 && line.Codes.Count == 0 && line.Text.Length > 0 && !words.IsNote(line.Text);

    private static bool Adjacent(LayoutDocument document, Parsed above, Parsed below) =>
        above.Line.Page == below.Line.Page && (document.RowSlack > 0 ? below.Line.Y - above.Line.Y <= 2 * document.RowSlack : below.Line.Line == above.Line.Line + 1);

    /// <summary>
    /// Lines that are not header text: a wrapped name right under a coded row on the same page, or right above a coded
    /// row that prints no name of its own (a cell whose name wraps around its code line: 机关事业单位基本养老保险缴 /
    /// 2080505 398.88 / 费支出).
    /// </summary>
    private static Builder? TextContinuationOf(List<Builder> rows, Parsed line, TableWords words)
    {
        if (line.Amounts.Count > 0)
        {
            // A coded row whose name wrapped, its amounts printed on the next line ("2080505-机关事业单位基本养老保险缴费" /
            // "… 604.162560 604.162560" / "支出"): the amounts join it when it has none of its own.
            var coded = rows.LastOrDefault(r => r.LastLine < line.Line.Line);
            return line.Text.Length == 0 && line.Codes.Count == 0 && coded is not null && coded.Anchor.Codes.Count > 0 && coded.Anchor.Line.Page == line.Line.Page
                && coded.LastLine == line.Line.Line - 1 && coded.Anchor.Amounts.Count == 0 && coded.Parts.All(p => p.Amounts.Count == 0)
                ? coded
                : null;
        }

        if (words.IsNote(line.Text))
            return null;
        var below = rows.FirstOrDefault(r => r.Anchor.Line.Line == line.Line.Line + 1 && r.Anchor.Line.Page == line.Line.Page);
        if (below is not null && below.Anchor.Codes.Count > 0 && below.Anchor.Text.Length == 0 && below.Parts.Count == 0)
            return below;
        var previous = rows.LastOrDefault(r => r.LastLine < line.Line.Line);
        return previous is not null && previous.Anchor.Codes.Count > 0 && previous.Anchor.Line.Page == line.Line.Page && previous.LastLine == line.Line.Line - 1
            ? previous
            : null;
    }

    private static Parsed Parse(LayoutLine line, bool classified, TableWords tableWords, Func<LayoutWord, bool>? isUnitCode)
    {
        var words = line.Words.ToList();
        var codes = new List<string>();
        string? unit = null;
        if (classified)
        {
            // The code column headers 类 款 项 can share a line with a centred row's amounts (支出决算表's 合计).
            words.RemoveAll(w => tableWords.CodeHeaders.Contains(w.Text));
            if (words.Count > 0 && isUnitCode is not null && Digits().IsMatch(words[0].Text) && isUnitCode(words[0]))
            {
                unit = words[0].Text;
                words.RemoveAt(0);
            }
            else
            {
                TakeCodes(words, codes);
            }
        }

        // A year before 年 ("2026 年政府采购项目" in a column header) is a date, not an amount.
        var amounts = words.Where((w, i) => AmountText.TryParse(w.Text, out _) && !(i + 1 < words.Count && AmountText.IsYear(w.Text) && words[i + 1].Text.StartsWith('年'))).ToList();
        var text = string.Concat(words.Where(w => !amounts.Contains(w)).Select(w => w.Text));
        var isAnchor = codes.Count > 0 || unit is not null || (text.Length > 0 && amounts.Count > 0) || (!classified && text.Length > 0) || tableWords.IsTotal(text);
        return new Parsed(line, codes, text, amounts, words, isAnchor) { Unit = unit };
    }

    /// <summary>Leading code words: "201" "05" "07", or glued "2010507", or glued to the name "2010507行政运行", "[2010507]行政运行".</summary>
    private static void TakeCodes(List<LayoutWord> words, List<string> codes)
    {
        if (words.Count == 0)
            return;
        var first = words[0];
        // A misprinted 类 part ("7 11 02 事业单位医疗" under 210 11): kept as printed for the table reader to repair.
        if (words.Count > 3 && OneOrTwoDigits().IsMatch(first.Text) && TwoDigits().IsMatch(words[1].Text) && words[1].Text.Length == 2
            && words[2].Text.Length == 2 && TwoDigits().IsMatch(words[2].Text) && !AmountText.TryParse(words[3].Text, out _))
        {
            codes.AddRange([first.Text, words[1].Text, words[2].Text]);
            words.RemoveRange(0, 3);
            return;
        }

        // A 款 row printing only its own part under the 类 row above ("03 职业教育 656.73"): kept for the table reader.
        if (words.Count > 1 && first.Text.Length == 2 && TwoDigits().IsMatch(first.Text) && !AmountText.TryParse(words[1].Text, out _))
        {
            codes.Add(first.Text);
            words.RemoveAt(0);
            return;
        }

        var glued = GluedCode().Match(first.Text);
        if (glued.Success)
        {
            var code = glued.Groups["code"].Value;
            codes.AddRange(Split(code));
            words.RemoveAt(0);
            if (glued.Groups["name"].Value.Length > 0)
                words.Insert(0, first with { Text = glued.Groups["name"].Value });
            if (code.Length > 3)
                return;
            // A part printed with one digit ("301 2 津贴补贴" in a 2024 budget) is the same code zero-padded (30102).
            for (var part = 0; part < 2 && words.Count > 1 && TwoDigits().IsMatch(words[0].Text); part++)
            {
                codes.Add(words[0].Text.PadLeft(2, '0'));
                words.RemoveAt(0);
            }
        }
    }

    private static IEnumerable<string> Split(string code)
    {
        yield return code[..3];
        for (var i = 3; i < code.Length; i += 2)
            yield return code[i..(i + 2)];
    }

    [GeneratedRegex(@"^\[?(?<code>\d{3}(?:\d{2}){0,2})\]?(?<name>[^\d,.\]].*)?$")]
    private static partial Regex GluedCode();

    /// <summary>Digits grouped by a thousands separator inside a label: an amount that did not come apart from it.</summary>
    [GeneratedRegex(@"\d,\d{3}")]
    private static partial Regex GluedAmount();

    [GeneratedRegex(@"^[+-]?[\d.,]*\d[\d.,]*$")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex OneOrTwoDigits();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    private sealed record Parsed(LayoutLine Line, List<string> Codes, string Text, List<LayoutWord> Amounts, List<LayoutWord> Words, bool IsAnchor)
    {
        /// <summary>The budget unit's code the line starts with (a unit row), else null.</summary>
        public string? Unit { get; init; }
    }

    private sealed class Builder(Parsed anchor)
    {
        public Parsed Anchor { get; } = anchor;

        public List<Parsed> Parts { get; } = [];

        public int LastLine => Parts.Count == 0 ? Anchor.Line.Line : Math.Max(Anchor.Line.Line, Parts.Max(p => p.Line.Line));

        public LayoutRow Build(TableWords words, Func<LayoutWord, LayoutWord, bool> sameLabel)
        {
            var all = Parts.Append(Anchor).OrderBy(p => p.Line.Y).ThenBy(p => p.Line.Line).ToList();
            var name = string.Concat(all.Select(p => p.Text));
            var amounts = all.SelectMany(p => p.Amounts).OrderBy(w => w.Left).ToList();
            var cells = Cells(all.SelectMany(p => p.Words).OrderBy(w => w.Left).ToList(), sameLabel);
            return new LayoutRow(Anchor.Line.Page, Anchor.Line.Line, Anchor.Codes, name.Length == 0 ? null : name, amounts, cells,
                string.Join(" / ", all.Select(p => p.Line.Text)))
            {
                Indent = Anchor.Line.Words.Count > 0 ? Anchor.Line.Words[0].Left : 0,
                IsTotal = Anchor.Codes.Count == 0 && Anchor.Unit is null && words.IsTotal(name),
                Unit = Anchor.Unit,
            };
        }

        /// <summary>Words left to right, consecutive text words of one label (<paramref name="sameLabel"/>) joined into one cell.</summary>
        private static List<string> Cells(List<LayoutWord> words, Func<LayoutWord, LayoutWord, bool> sameLabel)
        {
            var cells = new List<string>();
            var label = "";
            LayoutWord? previous = null;
            foreach (var word in words)
            {
                if (AmountText.TryParse(word.Text, out _))
                {
                    if (label.Length > 0)
                        cells.Add(label);
                    label = "";
                    cells.Add(word.Text);
                }
                else
                {
                    if (label.Length > 0 && previous is not null && !sameLabel(previous, word))
                    {
                        cells.Add(label);
                        label = "";
                    }

                    label += word.Text;
                }

                previous = word;
            }

            if (label.Length > 0)
                cells.Add(label);
            return cells;
        }
    }
}
