using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Layout tables as published, for citation: classified rows as 类 | 款 | 项 | 名称 | amounts as printed (null = empty
/// cell), other rows as their cells left to right. Row numbers are the data row numbers citations use.
/// </summary>
public static class LayoutTableRecords
{
    /// <param name="grid">The source text of a grid export (tab-separated, empty cells kept): its tables are published
    /// cell for cell as printed, header rows included; null for other sources.</param>
    public static DisclosedTableRecord ToRecord(LayoutTable table, bool isPdf, SourceText? grid = null)
    {
        var rows = new List<DisclosedRowRecord>();
        if (grid is not null)
        {
            rows = GridRows(table, grid);
        }
        else if (table.Spec.IsClassified)
        {
            foreach (var row in table.Classified)
            {
                var codes = Enumerable.Range(0, 3).Select(i => i < row.Row.Codes.Count ? row.Row.Codes[i] : null);
                rows.Add(Row(row.Number, row.Row, codes.Append(row.Name).Concat(row.Printed)));
            }
        }
        else
        {
            // Leading header rows keep their own 1.. numbering; data rows are numbered 1.. as citations name them.
            var headerRows = table.HeaderRows;
            var number = 0;
            foreach (var row in table.Rows)
            {
                number++;
                rows.Add(Row(number <= headerRows ? number : number - headerRows, row, row.Cells) with { IsHeader = number <= headerRows });
            }
        }

        return new DisclosedTableRecord
        {
            Number = table.Spec.Number,
            Title = table.PrintedTitle,
            Unit = table.Unit,
            IsEmpty = table.IsEmpty,
            Note = table.Note,
            Line = isPdf ? null : table.TitleLine.Line,
            Page = table.TitleLine.Page,
            Rows = rows,
        };

        DisclosedRowRecord Row(int number, Parsing.Layout.LayoutRow row, IEnumerable<string?> cells) => new()
        {
            Row = number,
            Line = isPdf ? null : row.Line,
            Page = row.Page,
            Cells = [.. cells],
        };
    }

    /// <summary>
    /// A grid export's table line by line, its cells as printed (trimmed; null = empty), padded to the table's widest
    /// line. The lines before the first data row are header rows, numbered 1..; data rows carry the numbers citations
    /// use: a classified table's rows as the reader numbered them, another table's rows after its header.
    /// </summary>
    private static List<DisclosedRowRecord> GridRows(LayoutTable table, SourceText text)
    {
        Dictionary<int, int> numbers = table.Spec.IsClassified
            ? table.Classified.ToDictionary(r => r.Row.Line, r => r.Number)
            : table.Rows.Skip(table.HeaderRows).Select((r, i) => (r.Line, Number: i + 1)).ToDictionary(r => r.Line, r => r.Number);
        var firstData = numbers.Count == 0 ? int.MaxValue : numbers.Keys.Min();
        var rows = new List<DisclosedRowRecord>();
        var header = 0;
        foreach (var (line, printed) in table.GridCells(text))
        {
            var isHeader = !numbers.TryGetValue(line.Line, out var number);
            // A line after the first data row that is no row of the table (none in a grid export) is not published.
            if (isHeader && line.Line > firstData)
                continue;
            rows.Add(new DisclosedRowRecord
            {
                Row = isHeader ? ++header : number,
                IsHeader = isHeader,
                Line = line.Line,
                Page = table.HasPages ? line.Page : null,
                Cells = printed,
            });
        }

        return rows;
    }
}
