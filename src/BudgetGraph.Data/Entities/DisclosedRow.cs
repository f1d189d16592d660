
namespace BudgetGraph.Data.Entities;

/// <summary>One row of a disclosed table; <see cref="CellsJson"/> is a JSON array of strings (null = empty cell).</summary>
public class DisclosedRow
{
    public int Id { get; set; }

    public int TableId { get; set; }

    /// <summary>
    /// 1-based data row number, the one citations (SourceRef.row) name; for leading header rows
    /// (<see cref="IsHeader"/>) the 1-based position within the header instead.
    /// </summary>
    public int Row { get; set; }

    /// <summary>True for the rows of the table's leading header (column titles, captions).</summary>
    public bool IsHeader { get; set; }

    public int? Line { get; set; }

    public int? Page { get; set; }

    public required string CellsJson { get; set; }
}
