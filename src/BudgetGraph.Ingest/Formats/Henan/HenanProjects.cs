using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Indicators;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Projects from table 10 (类型 | 项目名称 | 项目单位 | 合计 …) joined by name with table 12, which adds the project code
/// and its indicators: pairs (三级指标, 指标值) under 成本/产出/效益/满意度指标, continued on the rows below the project.
/// </summary>
internal static class HenanProjects
{
    private static readonly string[] _categories = ["成本指标", "产出指标", "效益指标", "满意度指标"];

    public static IReadOnlyList<ProjectRecord> Read(HenanDocument document, LayoutUnits departments)
    {
        var projects = ReadList(document, document["10"], departments);
        var targets = document["12"];
        foreach (var (code, name, amount, row, indicators) in ReadTargets(document, targets, departments))
        {
            var index = projects.FindIndex(p => Same(p.Name, name));
            var project = index >= 0 ? projects[index] : new ProjectRecord
            {
                DepartmentId = departments.Department.Id,
                Name = name,
                Amount = amount ?? 0,
                Source = HenanDocument.Cite(targets, row, "资金总额"),
            };
            project = project with { Code = code, Indicators = [.. project.Indicators, .. indicators] };
            if (index >= 0)
                projects[index] = project;
            else
                projects.Add(project);
        }

        return projects;
    }

    private static List<ProjectRecord> ReadList(HenanDocument document, TextTable table, LayoutUnits departments)
    {
        var projects = new List<ProjectRecord>();
        if (table.Rows.Count == 0)
            return projects;
        HenanDocument.ExpectHeader(table, 0, 0, "类型");
        HenanDocument.ExpectHeader(table, 0, 1, "项目名称");
        HenanDocument.ExpectHeader(table, 0, 3, "合计");
        foreach (var row in HenanDocument.DataRows(table))
        {
            var amount = document.Units(table, row, 3);
            if (row[0] is null || row[0] == "合计")
                continue;
            if (row[1] is null)
                throw table.RowError(row, "a project row has no project name");
            projects.Add(new ProjectRecord
            {
                DepartmentId = departments.Department.Id,
                Name = row[1]!,
                Kind = row[0],
                Amount = amount ?? 0,
                Source = HenanDocument.Cite(table, row, "合计"),
            });
        }

        return projects;
    }

    private static IEnumerable<(string Code, string Name, long? Amount, TextRow Row, List<PerformanceIndicatorRecord> Indicators)> ReadTargets(
        HenanDocument document, TextTable table, LayoutUnits departments)
    {
        if (table.Rows.Count < 2)
            yield break;
        var categories = _categories
            .Select(name => (Name: name, Column: Enumerable.Range(0, table.Width).FirstOrDefault(c => table.Rows[1][c] is { } cell && HeaderText.Normalise(cell) == name, -1)))
            .Where(c => c.Column >= 0)
            .ToList();
        (string Code, string Name, long? Amount, TextRow Row, List<PerformanceIndicatorRecord> Indicators)? current = null;
        var offset = 0;
        foreach (var row in HenanDocument.DataRows(table))
        {
            if (row[0] is { } code && departments.ByCode(code) is null)
            {
                if (current is not null)
                    yield return current.Value;
                offset = Offset(row, categories);
                current = (code, row[1] ?? throw table.RowError(row, "a project row has no project name"), document.Units(table, row, 2), row, []);
            }
            else if (row[0] is not null)
            {
                continue;
            }

            if (current is null)
                continue;
            foreach (var (category, column) in categories)
            {
                if (row[column + offset] is { } name && row[column + offset + 1] is { } value)
                    current.Value.Indicators.Add(Indicator(table, row, category, name, value));
            }
        }

        if (current is not null)
            yield return current.Value;
    }

    /// <summary>
    /// The export drops one empty cell before the indicators of some rows, shifting them one column left of their
    /// header. Take the alignment under which the value cells read as values (a number, an operator).
    /// </summary>
    private static int Offset(TextRow row, IReadOnlyList<(string Name, int Column)> categories)
    {
        int Score(int offset) => categories.Count(c => row[c.Column + offset] is not null && row[c.Column + offset + 1] is { } v && IndicatorValue.Parse(v).Number is not null);
        return Score(-1) > Score(0) ? -1 : 0;
    }

    private static PerformanceIndicatorRecord Indicator(TextTable table, TextRow row, string category, string name, string value)
    {
        var parsed = IndicatorValue.Parse(value);
        return new PerformanceIndicatorRecord
        {
            Level1 = category,
            Name = name,
            Value = value,
            Operator = parsed.Operator,
            Number = parsed.Number,
            Measure = parsed.Measure,
            Source = HenanDocument.Cite(table, row, category),
        };
    }

    private static bool Same(string a, string b) => HeaderText.Normalise(a) == HeaderText.Normalise(b);
}
