using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>One performance target (绩效指标) of a project or of the whole department.</summary>
public sealed record PerformanceIndicatorRecord
{
    public string? Level1 { get; init; }

    public string? Level2 { get; init; }

    public required string Name { get; init; }

    /// <summary>The target as printed.</summary>
    public required string Value { get; init; }

    public string? Operator { get; init; }

    public double? Number { get; init; }

    public string? Measure { get; init; }

    public required SourceLocation Source { get; init; }
}
