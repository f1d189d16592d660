namespace BudgetGraph.Ingest.Records;

/// <summary>The administrative division a document's department belongs to.</summary>
public sealed record RegionRecord
{
    /// <summary>Division code, e.g. "310107" (上海市普陀区).</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }
}
