using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// The 12 tables of a Henan department budget, recognised by their titles ("2026年部门支出总体情况表"), never by their
/// position in the file. Table 11 prints its year on the next line ("(2026年度)").
/// </summary>
internal static partial class HenanTableCatalog
{
    public static IReadOnlyList<(string Number, string Title)> Tables { get; } =
    [
        ("01", "部门收支总体情况表"),
        ("02", "部门收入总体情况表"),
        ("03", "部门支出总体情况表"),
        ("04", "财政拨款收支总体情况表"),
        ("05", "一般公共预算支出情况表"),
        ("06", "一般公共预算基本支出表"),
        ("07", "支出经济分类汇总表"),
        ("08", "一般公共预算“三公”经费支出情况表"),
        ("09", "政府性基金预算支出情况表"),
        ("10", "项目支出表"),
        ("11", "部门（单位）整体绩效目标表"),
        ("12", "部门预算项目绩效目标汇总表"),
    ];

    /// <summary>Title lines in the file, first occurrence of each table; the year as printed with it, if any.</summary>
    public static IReadOnlyList<(TableStart Start, string Number, int? Year)> FindStarts(SourceText text)
    {
        var found = new Dictionary<string, (TableStart, string, int?)>(StringComparer.Ordinal);
        for (var line = 1; line <= text.LineCount; line++)
        {
            var match = TitlePattern().Match(text[line].Trim());
            if (!match.Success)
                continue;
            var title = match.Groups["title"].Value;
            var entry = Tables.FirstOrDefault(t => t.Title == title || (t.Number == "08" && title == "“三公”经费支出情况表"));
            if (entry.Number is null || found.ContainsKey(entry.Number))
                continue;
            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : YearBelow(text, line);
            found[entry.Number] = (new TableStart(line, entry.Title, $"{entry.Number} {entry.Title}"), entry.Number, year);
        }

        return found.Values.OrderBy(v => v.Item1.Line).ToList();
    }

    /// <summary>"(2026年度)" on one of the next few non-blank lines.</summary>
    private static int? YearBelow(SourceText text, int titleLine)
    {
        for (var line = titleLine + 1; line <= Math.Min(text.LineCount, titleLine + 3); line++)
        {
            var match = YearCaption().Match(text[line].Trim());
            if (match.Success)
                return int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?<year>\d{4})年度?)?(?<title>\S*表)$")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^[(（](?<year>\d{4})年度[)）]$")]
    private static partial Regex YearCaption();
}
