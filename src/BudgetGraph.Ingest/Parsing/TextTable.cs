namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// A table read from text: its title, the lines around it (unit, notes, other captions) and its rows padded to the
/// widest row, since a row continued after a page break may have lost its trailing tabs.
/// </summary>
public sealed class TextTable
{
    public required string FileName { get; init; }

    public required string Title { get; init; }

    /// <summary>Citation label, e.g. "03 部门支出总体情况表".</summary>
    public required string Label { get; init; }

    public required int TitleLine { get; init; }

    /// <summary>The unit caption as printed (单位：万元), null when the table prints none.</summary>
    public TextNote? Unit { get; init; }

    public required IReadOnlyList<TextRow> Rows { get; init; }

    public required IReadOnlyList<TextNote> Notes { get; init; }

    /// <summary>Lines between title and rows that are neither unit nor note (部门名称：…, (2026年度)).</summary>
    public required IReadOnlyList<TextNote> Captions { get; init; }

    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);

    /// <summary>The amount in a cell, null when the cell is empty; a malformed number is a located error.</summary>
    public decimal? Amount(TextRow row, int column)
    {
        var cell = row[column];
        if (cell is null)
            return null;
        return AmountText.TryParse(cell, out var value)
            ? value
            : throw new MalformedNumberException($"column {column + 1} holds \"{cell}\", which is not a number", FileName, Label, row.Line, row.Raw);
    }

    public MalformedRowException RowError(TextRow row, string problem) => new(problem, FileName, Label, row.Line, row.Raw);
}
