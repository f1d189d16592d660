using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>Every table as published (cells as text, JSON arrays, null for empty cells) so any figure can be checked.</summary>
internal static class HenanTableRecords
{
    public static DisclosedTableRecord ToRecord(TextTable table, string number)
    {
        var headerRows = HenanDocument.HeaderRows(table);
        var notes = table.Notes.Select(n => n.Text).ToList();
        return new DisclosedTableRecord
        {
            Number = number,
            Title = table.Title,
            Unit = HenanDocument.UnitOf(table),
            IsEmpty = notes.Any(n => n.Contains("无数据", StringComparison.Ordinal)),
            Note = notes.Count == 0 ? null : string.Join("\n", notes),
            Line = table.TitleLine,
            Rows = [.. table.Rows.Select(row => new DisclosedRowRecord
            {
                // Data rows are numbered 1.. as citations name them; leading header rows keep their own 1.. numbering.
                Row = row.Number <= headerRows ? row.Number : row.Number - headerRows,
                IsHeader = row.Number <= headerRows,
                Line = row.Line,
                Cells = row.Cells,
            })],
        };
    }
}
