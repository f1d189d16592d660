using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>A project a document budgets, with its performance targets.</summary>
public sealed record ProjectRecord
{
    public required string DepartmentId { get; init; }

    public string? Code { get; init; }

    public required string Name { get; init; }

    public string? Kind { get; init; }

    /// <summary>In 1/10,000 元.</summary>
    public long Amount { get; init; }

    public required SourceLocation Source { get; init; }

    public IReadOnlyList<PerformanceIndicatorRecord> Indicators { get; init; } = [];
}
