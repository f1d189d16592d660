using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>A 合计, 类 or 款 row as printed, which the API uses in place of the sum of its rows.</summary>
public sealed record PublishedSubtotalRecord
{
    public ClassificationScheme Scheme { get; init; }

    /// <summary>The 类 or 款 code; empty for the table's total (level 0).</summary>
    public required string Code { get; init; }

    public int Level { get; init; }

    public LineKind Kind { get; init; }

    public ExpenditureType? ExpenditureType { get; init; }

    public long Amount { get; init; }

    public required SourceLocation Source { get; init; }
}
