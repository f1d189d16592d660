using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// A performance target (绩效指标) of a project, or of the whole department when <see cref="ProjectId"/> is null.
/// <see cref="Value"/> is kept as published; operator, number and measure are parsed from it where possible.
/// </summary>
public class PerformanceIndicator
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    public int? ProjectId { get; set; }

    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public required string Name { get; set; }

    public required string Value { get; set; }

    public string? Operator { get; set; }

    public double? Number { get; set; }

    public string? Measure { get; set; }

    public required SourceLocation Source { get; set; }
}
