namespace BudgetGraph.Data.Values;

/// <summary>Where a figure stands in its document: the citation behind every amount.</summary>
public sealed record SourceLocation
{
    /// <summary>Table number and title as published, e.g. "07 支出经济分类汇总表".</summary>
    public required string Table { get; init; }

    /// <summary>1-based data row within that table.</summary>
    public int Row { get; init; }

    /// <summary>1-based line in the text file (null for PDF input).</summary>
    public int? Line { get; init; }

    /// <summary>Column header as published.</summary>
    public string? Column { get; init; }

    /// <summary>PDF page (null for text input).</summary>
    public int? Page { get; init; }
}
