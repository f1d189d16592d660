using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>A budget project (项目) with its performance targets.</summary>
public class Project
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    public required string DepartmentId { get; set; }

    public int Year { get; set; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Project type as published, e.g. 其他运转类, 特定目标类.</summary>
    public string? Kind { get; set; }

    public long Amount { get; set; }

    public required SourceLocation Source { get; set; }

    public List<PerformanceIndicator> Indicators { get; } = [];
}
