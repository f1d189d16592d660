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
        var found = new List<TableStartLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in Titles(document, specs, scopePrefixes))
        {
            var start = new TableStartLine(title.Spec, title.Printed, document.Lines[title.Index], title.Year);
            if (title.Spec is { } spec)
            {
                // A contents page lists the titles first ("表1.2026年市级部门收支预算总表" with no caption under it): the
                // title with its caption (部门名称：…, 单位：万元) under it starts the table.
                var earlier = found.FindIndex(s => s.Spec == spec);
                if (earlier < 0)
                {
                    found.Add(start);
                    if (title.Captioned)
                        seen.Add(spec.Number);
                }
                else if (title.Captioned && seen.Add(spec.Number))
                {
                    found[earlier] = start;
                }
            }
            else if (found.Count > 0 && title.Printed.Length <= 30 && title.Captioned)
                found.Add(start);
        }

        return found;
    }

    /// <summary>
    /// Every title-only line in reading order, a table's repeated titles included (a continuation page, a contents
    /// entry, another set of the same tables): its line's index, the table it names (null when no spec matches), the
    /// title as printed, its year and whether a caption (年度, 编制…, 单位…) follows it.
    /// </summary>
    public static IEnumerable<(int Index, TableSpec? Spec, string Printed, int? Year, bool Captioned)> Titles(LayoutDocument document, IReadOnlyList<TableSpec> specs, string scopePrefixes)
    {
        // A PDF may set the year apart from its title ("2026" / "年部门收支总体情况表"): the 年 stays with the title.
        // The table's number may lead the title: "预算01表 收支总表", "预算表12 …" (Beijing), "表1.2026年…" (Hangzhou).
        var pattern = new Regex($@"^(?:(?:公开|预算)?\d{{1,2}}表|预算表\d{{1,2}}|表\d{{1,2}}[.．、：:])?(?:(?<year>\d{{4}})年?度?|年度?)?(?<scope>{scopePrefixes})?(?<title>[^，。：:…]+表(?:[（(][^）)]+[）)])?)$");
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var compact = lines[i].Compact;
            var match = pattern.Match(compact);
            if (!match.Success || IsTableMarker(lines[i]) || SectionHeading().IsMatch(compact))
                continue;
            var spec = specs.FirstOrDefault(s => s.Titles.Any(t => SameTitle(t, match.Groups["title"].Value)));
            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            yield return (i, spec, compact, year, CaptionFollows(lines, i));
        }
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
