namespace BudgetGraph.Ingest.Records;

/// <summary>One row of a published table, its cells as printed (null = empty cell).</summary>
public sealed record DisclosedRowRecord
{
    /// <summary>1-based data row as citations name it; header rows keep their own 1.. numbering.</summary>
    public int Row { get; init; }

    public bool IsHeader { get; init; }

    public int? Line { get; init; }

    public int? Page { get; init; }

    public required IReadOnlyList<string?> Cells { get; init; }
}
