namespace BudgetGraph.Data.Entities;

/// <summary>One row of a disclosed table; <see cref="CellsJson"/> is a JSON array of strings (null = empty cell).</summary>
public class DisclosedRow
{
    public int Id { get; set; }

    public int TableId { get; set; }

    /// <summary>1-based row number within the table, header rows included.</summary>
    public int Row { get; set; }

    public bool IsHeader { get; set; }

    public int? Line { get; set; }

    public int? Page { get; set; }

    public required string CellsJson { get; set; }
}
