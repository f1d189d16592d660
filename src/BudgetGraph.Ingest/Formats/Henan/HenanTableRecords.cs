using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>Every table as published (cells as text, JSON arrays, null for empty cells) so any figure can be checked.</summary>
internal static class HenanTableRecords
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static DisclosedTable ToRecord(TextTable table, string number, string documentId)
    {
        var headerRows = HenanDocument.HeaderRows(table);
        var notes = table.Notes.Select(n => n.Text).ToList();
        var record = new DisclosedTable
        {
            DocumentId = documentId,
            Number = number,
            Title = table.Title,
            Unit = HenanDocument.UnitOf(table),
            IsEmpty = notes.Any(n => n.Contains("无数据", StringComparison.Ordinal)),
            Note = notes.Count == 0 ? null : string.Join("\n", notes),
            Line = table.TitleLine,
        };
        foreach (var row in table.Rows)
        {
            record.Rows.Add(new DisclosedRow
            {
                // Data rows are numbered 1.. as citations name them; leading header rows keep their own 1.. numbering.
                Row = row.Number <= headerRows ? row.Number : row.Number - headerRows,
                IsHeader = row.Number <= headerRows,
                Line = row.Line,
                CellsJson = JsonSerializer.Serialize(row.Cells, _json),
            });
        }

        return record;
    }
}
