using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Layout tables as published, for citation: classified rows as 类 | 款 | 项 | 名称 | amounts as printed (null = empty
/// cell), other rows as their cells left to right. Row numbers are the data row numbers citations use.
/// </summary>
public static class LayoutTableRecords
{
    public static DisclosedTableRecord ToRecord(LayoutTable table, bool isPdf)
    {
        var rows = new List<DisclosedRowRecord>();
        if (table.Spec.IsClassified)
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
}
