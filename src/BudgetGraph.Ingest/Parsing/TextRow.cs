namespace BudgetGraph.Ingest.Parsing;

/// <summary>One tab-separated row: its 1-based number within the table, its line in the file, its cells (null = empty).</summary>
public sealed record TextRow(int Number, int Line, IReadOnlyList<string?> Cells, string Raw)
{
    /// <summary>The cell at a 0-based column, null when empty or beyond the row.</summary>
    public string? this[int column] => column < Cells.Count ? Cells[column] : null;

    public bool IsEmpty => Cells.All(c => c is null);
}
