using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>What a check found in a document: a registry code, its severity and the cells it concerns.</summary>
public sealed record FindingRecord
{
    public Severity Severity { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }

    public string? Table { get; init; }

    /// <summary>The amount by which the figures disagree, in 1/10,000 元.</summary>
    public long? Difference { get; init; }

    public IReadOnlyList<SourceLocation> Locations { get; init; } = [];
}
