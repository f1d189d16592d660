using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Rows that name several classifications side by side, each as one "code-name" cell (Beijing's 支出总表:
/// "2050803-培训支出 50203-培训费 30216-培训费"; its basic-expenditure table: "50101-工资奖金津补贴 30101-基本工资"). The
/// table is about one of them (<see cref="TableSpec.DashedCodeKey"/>): its cell becomes a code word and a name word, as
/// in a table with a code column, and the other cells are dropped, so the row reader sees "2050803 培训支出 243.445664 …".
/// </summary>
public static partial class DashedCodeCells
{
    public static List<LayoutLine> Keep(IEnumerable<LayoutLine> lines, char key) => lines.Select(l => Keep(l, key)).ToList();

    private static LayoutLine Keep(LayoutLine line, char key)
    {
        if (!line.Words.Any(w => Cell().IsMatch(w.Text)))
            return line;
        var words = new List<LayoutWord>();
        foreach (var word in line.Words)
        {
            var cell = Cell().Match(word.Text);
            if (!cell.Success)
            {
                words.Add(word);
                continue;
            }

            var code = cell.Groups["code"].Value;
            if (code[0] != key)
                continue;
            var split = word.Left + ((word.Right - word.Left) * (code.Length + 1) / word.Text.Length);
            words.Add(new LayoutWord(code, word.Left, split));
            words.Add(new LayoutWord(cell.Groups["name"].Value, split, word.Right));
        }

        return line with { Words = words };
    }

    /// <summary>
    /// Takes out a second code printed after the row's name and the name right after it ("30101 基本工资 50101 工资奖金津补贴
    /// 3,868,678.80" → "30101 基本工资 3,868,678.80", and 50101 工资奖金津补贴 by the line's page and number): a 3- or
    /// 5-digit word starting with <paramref name="prefix"/> — or 3 digits and a 2-digit part ("509 05") — that follows a
    /// name and is followed by a name, so it cannot be an amount.
    /// </summary>
    public static (List<LayoutLine> Lines, Dictionary<(int Page, int Line), (string Code, string Name)> Codes) TakeSecondCodes(IEnumerable<LayoutLine> lines, char prefix)
    {
        var kept = new List<LayoutLine>();
        var codes = new Dictionary<(int, int), (string, string)>();
        foreach (var line in lines)
        {
            var words = line.Words.ToList();
            for (var i = 1; i + 1 < words.Count; i++)
            {
                if (!SecondCode().IsMatch(words[i].Text) || words[i].Text[0] != prefix || !IsName(words[i - 1].Text))
                    continue;
                var part = words[i].Text.Length == 3 && i + 2 < words.Count && Part().IsMatch(words[i + 1].Text) ? 1 : 0;
                if (!IsName(words[i + 1 + part].Text))
                    continue;
                codes[(line.Page, line.Line)] = (words[i].Text + (part == 1 ? words[i + 1].Text : ""), words[i + 1 + part].Text);
                words.RemoveRange(i, 2 + part);
                break;
            }

            kept.Add(words.Count == line.Words.Count ? line : line with { Words = words });
        }

        return (kept, codes);
    }

    private static bool IsName(string text) => !text.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^\d{3}(?:\d{2})?$")]
    private static partial Regex SecondCode();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<code>\d{3,7})-(?<name>\D.*)$")]
    private static partial Regex Cell();
}
