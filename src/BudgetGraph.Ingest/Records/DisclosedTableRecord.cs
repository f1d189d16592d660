using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>A table as published, kept for citation: its title, unit, note and rows of cells.</summary>
public sealed record DisclosedTableRecord
{
    /// <summary>The table's number in the national set ("01" …), null for a table outside it.</summary>
    public string? Number { get; init; }

    /// <summary>The title as printed.</summary>
    public required string Title { get; init; }

    public TableUnit? Unit { get; init; }

    /// <summary>The table prints that it has no data (无数据 or a note to that effect).</summary>
    public bool IsEmpty { get; init; }

    public string? Note { get; init; }

    /// <summary>1-based line of the title in a text file (null for PDF input).</summary>
    public int? Line { get; init; }

    /// <summary>PDF page of the title (null for text input).</summary>
    public int? Page { get; init; }

    public IReadOnlyList<DisclosedRowRecord> Rows { get; init; } = [];

    /// <summary>Number and title, as findings and citations name the table.</summary>
    public string Label => Number is null ? Title : $"{Number} {Title}";
}
