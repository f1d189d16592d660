using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Formats.Henan;

/// <summary>Every table as published (cells as text, JSON arrays, null for empty cells) so any figure can be checked.</summary>
internal static class HenanTableRecords
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static DisclosedTable ToRecord(TextTable table, string number, string documentId)
    {
        var headerRows = number == "11" ? GoalsHeaderRows(table) : HenanDocument.HeaderRows(table);
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
                Row = row.Number,
                IsHeader = number == "11" ? row.Number <= headerRows || row[0] == "一级指标" : row.Number <= headerRows,
                Line = row.Line,
                CellsJson = JsonSerializer.Serialize(row.Cells, _json),
            });
        }

        return record;
    }

    /// <summary>Table 11 is a form: only its caption row (部门名称：…) leads it.</summary>
    private static int GoalsHeaderRows(TextTable table) =>
        table.Rows.Count > 0 && table.Rows[0][0]?.StartsWith("部门名称", StringComparison.Ordinal) == true ? 1 : 0;
}
