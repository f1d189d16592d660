using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// The 12 tables of a Henan department budget: the profile's list of titles ("2026年部门支出总体情况表"), found by the
/// shared <see cref="LayoutCatalog"/> as every other profile's are, never by their position in the file. Table 11
/// prints its year on the next line ("(2026年度)").
/// </summary>
internal static partial class HenanTableCatalog
{
    public static IReadOnlyList<TableSpec> Tables { get; } =
    [
        new("01", "部门收支总体情况表"),
        new("02", "部门收入总体情况表"),
        new("03", "部门支出总体情况表"),
        new("04", "财政拨款收支总体情况表"),
        new("05", "一般公共预算支出情况表"),
        new("06", "一般公共预算基本支出表"),
        new("07", "支出经济分类汇总表"),
        new("08", "一般公共预算“三公”经费支出情况表") { Synonyms = ["“三公”经费支出情况表"] },
        new("09", "政府性基金预算支出情况表"),
        new("10", "项目支出表"),
        new("11", "部门（单位）整体绩效目标表"),
        new("12", "部门预算项目绩效目标汇总表"),
    ];

    /// <summary>
    /// Title lines in the file, each table's first captioned occurrence (a contents list names the titles first); the
    /// year as printed with the title, else in its "(2026年度)" caption. Labelled by the profile's title, whichever
    /// synonym is printed.
    /// </summary>
    public static IReadOnlyList<(TableStart Start, string Number, int? Year)> FindStarts(DisclosureSource source) =>
        LayoutCatalog.FindStarts(source.Layout, Tables, "").Where(s => s.Spec is not null)
            .Select(s => (new TableStart(s.Line.Line, s.Spec!.Title, $"{s.Spec.Number} {s.Spec.Title}"), s.Spec.Number, s.Year ?? YearBelow(source.Text, s.Line.Line)))
            .OrderBy(s => s.Item1.Line)
            .ToList();

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

    [GeneratedRegex(@"^[(（](?<year>\d{4})年度[)）]$")]
    private static partial Regex YearCaption();
}
