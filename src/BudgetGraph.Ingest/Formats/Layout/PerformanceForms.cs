using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Indicators;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The project performance forms some Shanghai budgets append (财政项目支出绩效目标填报表, one page per project, 万里 2023):
/// the project's name, category and 年度资金申请总额 (元), and its indicators placed by the header 一级指标 | 二级指标 |
/// 三级指标 | 年度(/项目)指标值. A 二级 name wrapped around its row (服务对象满意 / 度指标) is joined back.
/// </summary>
internal static partial class PerformanceForms
{
    public const string Title = "财政项目支出绩效目标填报表";

    private static readonly string[] _labels = ["项目名称", "项目性质", "项目类别", "主管部门", "实施单位"];
    private static readonly string[] _columns = ["一级指标", "二级指标", "三级指标", "年度(/项目)指标值"];

    /// <summary>Each form read, with the project it describes (forms without a 项目名称 stay unread: an unknown table).</summary>
    public static IEnumerable<(TableStartLine Form, ProjectRecord Project)> Read(LayoutDocument layout, IEnumerable<TableStartLine> forms, string departmentId, bool isPdf)
    {
        foreach (var form in forms.Where(f => f.PrintedTitle == Title))
        {
            var lines = layout.Lines.Where(l => l.Page == form.Line.Page && l.Y > form.Line.Y).ToList();
            if (After(lines, "项目名称") is not { } name)
                continue;
            var amountLine = lines.FirstOrDefault(l => l.Words.Any(w => w.Text == "年度资金申请总额"));
            var amount = amountLine?.Words.SkipWhile(w => w.Text != "年度资金申请总额").Skip(1).FirstOrDefault(w => AmountText.TryParse(w.Text, out _));
            var project = new ProjectRecord
            {
                DepartmentId = departmentId,
                Name = name,
                Kind = After(lines, "项目类别"),
                Amount = amount is not null && AmountText.TryParse(amount.Text, out var value) ? UnitCaption.ToUnits(value, TableUnit.Yuan) : 0,
                Source = Cite(form, amountLine ?? form.Line, "年度资金申请总额", isPdf),
                Indicators = [.. Indicators(lines, form, isPdf)],
            };
            yield return (form, project);
        }
    }

    /// <summary>The words after a label on its line, up to the next label.</summary>
    private static string? After(List<LayoutLine> lines, string label)
    {
        var line = lines.FirstOrDefault(l => l.Words.Any(w => w.Text == label));
        var value = line is null ? "" : string.Concat(line.Words.SkipWhile(w => w.Text != label).Skip(1).TakeWhile(w => !_labels.Contains(w.Text)).Select(w => w.Text));
        return value.Length == 0 ? null : value;
    }

    private static IEnumerable<PerformanceIndicatorRecord> Indicators(List<LayoutLine> lines, TableStartLine form, bool isPdf)
    {
        var headerAt = lines.FindIndex(l => l.Words.Count(w => _columns.Contains(w.Text)) == _columns.Length);
        if (headerAt < 0)
            yield break;
        var centres = _columns.Select(c => lines[headerAt].Words.First(w => w.Text == c)).Select(w => (w.Left + w.Right) / 2).ToArray();
        var gap = centres[1] - centres[0];
        string? pendingLevel2 = null;
        var rows = lines.Skip(headerAt + 1).Select(l => (Line: l, Cells: Cells(l, centres, gap))).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, cells) = rows[i];
            if (cells[2] is null || cells[3] is null)
            {
                // A wrapped 二级 name: its first part above the row, its last part below.
                if (cells[2] is null && cells[1] is not null)
                    pendingLevel2 = cells[1];
                continue;
            }

            var level2 = cells[1];
            if (level2 is null && pendingLevel2 is not null)
                level2 = pendingLevel2 + (i + 1 < rows.Count && rows[i + 1].Cells[2] is null ? rows[i + 1].Cells[1] : null);
            pendingLevel2 = null;

            // Group labels are centred on their rows, so only a label on the row's own line names its group; a 二级 name
            // implies its 一级 (数量指标 is an 产出指标). Fragments of wrapped labels are not names.
            level2 = level2 is not null && Level2().IsMatch(level2) ? level2 : null;
            var level1 = cells[0] is { } label && Level1().IsMatch(label) ? label : Level1Of(level2);
            var parsed = IndicatorValue.Parse(cells[3]!);
            yield return new PerformanceIndicatorRecord
            {
                Level1 = level1,
                Level2 = level2,
                Name = cells[2]!,
                Value = cells[3]!,
                Operator = parsed.Operator,
                Number = parsed.Number,
                Measure = parsed.Measure,
                Source = Cite(form, line, "三级指标", isPdf),
            };
        }
    }

    /// <summary>The line's words by header column (nearest centre); words far left of 一级指标 (the 绩效指标 label) are not cells.</summary>
    private static string?[] Cells(LayoutLine line, double[] centres, double gap)
    {
        var cells = new string?[centres.Length];
        foreach (var word in line.Words)
        {
            var centre = (word.Left + word.Right) / 2;
            if (centre < centres[0] - (gap / 2))
                continue;
            var column = Enumerable.Range(0, centres.Length).MinBy(c => Math.Abs(centres[c] - centre));
            cells[column] += word.Text;
        }

        return cells;
    }

    private static string? Level1Of(string? level2) => level2 switch
    {
        null => null,
        _ when level2.Contains("满意度", StringComparison.Ordinal) => "满意度指标",
        _ when level2.Contains("效益", StringComparison.Ordinal) || level2.StartsWith("可持续", StringComparison.Ordinal) => "效益指标",
        _ => "产出指标",
    };

    [GeneratedRegex(@"^(?:产出|效益|满意度|成本)指标$")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$")]
    private static partial Regex Level2();

    private static SourceLocation Cite(TableStartLine form, LayoutLine line, string column, bool isPdf) =>
        new() { Table = form.PrintedTitle, Line = isPdf ? null : line.Line, Page = line.Page, Column = column };
}
