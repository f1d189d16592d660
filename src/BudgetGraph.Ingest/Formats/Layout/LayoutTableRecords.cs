using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Layout tables as published, for citation: classified rows as 类 | 款 | 项 | 名称 | amounts as printed (null = empty
/// cell), other rows as their cells left to right. Row numbers are the data row numbers citations use.
/// </summary>
public static class LayoutTableRecords
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static DisclosedTable ToRecord(LayoutTable table, string documentId, bool isPdf)
    {
        var record = new DisclosedTable
        {
            DocumentId = documentId,
            Number = table.Spec.Number,
            Title = table.PrintedTitle,
            Unit = table.Unit,
            IsEmpty = table.IsEmpty,
            Note = table.Note,
            Line = isPdf ? null : table.TitleLine.Line,
            Page = table.TitleLine.Page,
        };
        if (table.Spec.IsClassified)
        {
            foreach (var row in table.Classified)
            {
                var codes = Enumerable.Range(0, 3).Select(i => i < row.Row.Codes.Count ? row.Row.Codes[i] : null);
                record.Rows.Add(Row(row.Number, row.Row, codes.Append(row.Name).Concat(row.Printed)));
            }
        }
        else
        {
            var number = 0;
            foreach (var row in table.Rows)
                record.Rows.Add(Row(++number, row, row.Cells));
        }

        return record;

        DisclosedRow Row(int number, Parsing.Layout.LayoutRow row, IEnumerable<string?> cells) => new()
        {
            Row = number,
            Line = isPdf ? null : row.Line,
            Page = row.Page,
            CellsJson = JsonSerializer.Serialize(cells.ToList(), _json),
        };
    }
}
