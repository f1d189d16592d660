namespace BudgetGraph.Ingest.Records;

/// <summary>A figure the narrative states (三公经费, 机关运行经费, vehicles …): an amount or a quantity with its measure.</summary>
public sealed record DocumentFactRecord
{
    public required string Category { get; init; }

    public required string Name { get; init; }

    public long? Amount { get; init; }

    public decimal? Quantity { get; init; }

    public string? Measure { get; init; }

    public int? Line { get; init; }
}
