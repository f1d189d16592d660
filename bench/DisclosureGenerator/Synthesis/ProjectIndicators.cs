using System.Globalization;
using BudgetGraph.DisclosureGenerator.Model;

namespace BudgetGraph.DisclosureGenerator.Synthesis;

/// <summary>The five indicators a county project typically states: its cost cap, two outputs, a benefit, satisfaction.</summary>
internal static class ProjectIndicators
{
    public static IReadOnlyList<ProjectIndicator> For(long amount, int staff) =>
    [
        new("成本指标", "项目总资金", string.Create(CultureInfo.InvariantCulture, $"≤{amount / 10_000m:0.##}万元")),
        new("产出指标", "工作人员", string.Create(CultureInfo.InvariantCulture, $"{staff}人")),
        new("产出指标", "任务完成率", "≥95%"),
        new("效益指标", "工作效率", "明显提升"),
        new("满意度指标", "服务对象满意度", "≥90%"),
    ];

    /// <summary>A 21-digit project code as Henan prints them: region, two-digit year, department number, project number.</summary>
    public static string Code(SyntheticDepartment department, int year, int project) =>
        string.Create(CultureInfo.InvariantCulture, $"{department.Region.Code}{year % 100:00}{department.Number:00000000000}{project:00}");
}
