namespace BudgetGraph.Ingest.Records;

/// <summary>A change the narrative states against an earlier year ("比2025年预算增加…万元").</summary>
public sealed record StatedComparisonRecord
{
    public required string Subject { get; init; }

    public int? BaseYear { get; init; }

    public long? CurrentAmount { get; init; }

    public long? Change { get; init; }

    public decimal? ChangePercent { get; init; }

    /// <summary>Decimals the percentage is printed with, so a check allows for its rounding.</summary>
    public int? ChangeDecimals { get; init; }

    public string? Reason { get; init; }

    /// <summary>The sentence as printed; null where it was not shipped (a data package carries no narrative text).</summary>
    public string? Text { get; init; }

    public int? Line { get; init; }
}
