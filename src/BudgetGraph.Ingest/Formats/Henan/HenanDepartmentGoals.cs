using BudgetGraph.Ingest.Formats.Indicators;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Department-level indicators from table 11 (一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值说明), with 一级/二级 carried
/// down from the rows above where their cells are empty.
/// </summary>
internal static class HenanDepartmentGoals
{
    public static IReadOnlyList<PerformanceIndicatorRecord> Read(TextTable table)
    {
        var indicators = new List<PerformanceIndicatorRecord>();
        var header = table.Rows.FirstOrDefault(r => r[0] == "一级指标");
        if (header is null)
            return indicators;
        string? level1 = null;
        string? level2 = null;
        foreach (var row in table.Rows.Skip(header.Number))
        {
            var (l1, l2, name, value) = Shifted(row) ? (null, row[0], row[1], row[2]) : (row[0], row[1], row[2], row[3]);
            if (l1 is not null)
            {
                level1 = l1;
                level2 = l2;
            }
            else if (l2 is not null)
            {
                level2 = l2;
            }

            if (name is null)
                continue;
            var parsed = IndicatorValue.Parse(value ?? "");
            indicators.Add(new PerformanceIndicatorRecord
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Value = value ?? "",
                Operator = parsed.Operator,
                Number = parsed.Number,
                Measure = parsed.Measure,
                Source = HenanDocument.Cite(table, row, "三级指标"),
            });
        }

        return indicators;
    }

    /// <summary>
    /// Some rows lost their first (一级指标) cell in the export, so 二级 | 三级 | 指标值 | 说明 sit one column left:
    /// recognisable because the third cell is a value ("100%") and the last cell is empty.
    /// </summary>
    private static bool Shifted(TextRow row) =>
        row[4] is null && row[1] is not null && row[2] is { } value && IndicatorValue.Parse(value).Number is not null
        && IndicatorValue.Parse(row[1]!).Number is null;
}
