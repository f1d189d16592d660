using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Finds table titles in a layout document: a line that is only a title, "2025年部门支出预算总表",
/// "2025年预算单位收入预算总表", "收入决算表", "财政拨款支出表（功能科目）". Known titles start their table; any other title-only line followed by
/// a table caption (年度, 编制…, 单位…) is an unknown table, which ends the table before it and is reported.
/// </summary>
public static partial class LayoutCatalog
{
    public static IReadOnlyList<TableStartLine> FindStarts(LayoutDocument document, IReadOnlyList<TableSpec> specs, string scopePrefixes)
    {
        // A PDF may set the year apart from its title ("2026" / "年部门收支总体情况表"): the 年 stays with the title.
        // The table's number may lead the title: "预算01表 收支总表", "预算表12 …" (Beijing), "表1.2026年…" (Hangzhou).
        var pattern = new Regex($@"^(?:(?:公开|预算)?\d{{1,2}}表|预算表\d{{1,2}}|表\d{{1,2}}[.．、：:])?(?:(?<year>\d{{4}})年?度?|年度?)?(?<scope>{scopePrefixes})?(?<title>[^，。：:…]+表(?:[（(][^）)]+[）)])?)$");
        var found = new List<TableStartLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var compact = lines[i].Compact;
            var match = pattern.Match(compact);
            if (!match.Success || IsTableMarker(lines[i]) || SectionHeading().IsMatch(compact))
                continue;
            var spec = specs.FirstOrDefault(s => s.Titles.Any(t => SameTitle(t, match.Groups["title"].Value)));
            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            if (spec is not null)
            {
                // A contents page lists the titles first ("表1.2026年市级部门收支预算总表" with no caption under it): the
                // title with its caption (部门名称：…, 单位：万元) under it starts the table.
                var captioned = CaptionFollows(lines, i);
                var earlier = found.FindIndex(s => s.Spec == spec);
                if (earlier < 0)
                {
                    found.Add(new TableStartLine(spec, compact, lines[i], year));
                    if (captioned)
                        seen.Add(spec.Number);
                }
                else if (captioned && seen.Add(spec.Number))
                {
                    found[earlier] = new TableStartLine(spec, compact, lines[i], year);
                }
            }
            else if (spec is null && found.Count > 0 && compact.Length <= 30 && CaptionFollows(lines, i))
                found.Add(new TableStartLine(null, compact, lines[i], year));
        }

        return found;
    }

    /// <summary>Titles compare with their brackets folded: one document prints （一级项目）, another (一级项目).</summary>
    public static bool SameTitle(string expected, string printed) =>
        expected.Length == printed.Length && expected.Replace('（', '(').Replace('）', ')') == printed.Replace('（', '(').Replace('）', ')');

    private static bool CaptionFollows(IReadOnlyList<LayoutLine> lines, int title)
    {
        for (var i = title + 1; i < Math.Min(lines.Count, title + 3); i++)
        {
            var compact = lines[i].Compact;
            if (Caption().IsMatch(compact))
                return true;
        }

        return false;
    }

    /// <summary>A table's number printed on a line of its own above the title ("公开 01 表", "预算01表", "表1"): not a title, not a row.</summary>
    public static bool IsTableMarker(LayoutLine line) => TableMarker().IsMatch(line.Compact);

    [GeneratedRegex(@"^(?:公开|预算)?\d{1,2}表$|^表\d{1,2}$|^表[一二三四五六七八九十]+$")]
    private static partial Regex TableMarker();

    /// <summary>A numbered section heading or contents entry ("一、收支预算总表" above the table's own title): not a title.</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(]\d{4}年度[)）]$|^编制|单位[：:]")]
    private static partial Regex Caption();
}
