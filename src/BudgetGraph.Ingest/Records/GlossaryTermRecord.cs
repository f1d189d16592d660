namespace BudgetGraph.Ingest.Records;

/// <summary>A term the document explains (名词解释).</summary>
public sealed record GlossaryTermRecord
{
    public required string Term { get; init; }

    public required string Definition { get; init; }

    public int? Line { get; init; }
}
