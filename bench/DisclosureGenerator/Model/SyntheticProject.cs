namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>A project of the project tables: 21-digit code, kind (其他运转类/特定目标类), amount in 元, indicators.</summary>
public sealed record SyntheticProject(string Code, string Name, string Kind, long Amount, IReadOnlyList<ProjectIndicator> Indicators);

/// <summary>A performance indicator: category (成本指标, 产出指标, 效益指标, 满意度指标), name and value as printed.</summary>
public sealed record ProjectIndicator(string Category, string Name, string Value);
