using System.Text;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// Reads RFC 4180 CSV as <see cref="CsvWriter"/> writes it: cells quoted when they hold a comma, quote or line break
/// (quotes doubled), CRLF or LF line ends, UTF-8 with or without a byte order mark. The first row is the header.
/// </summary>
public static class CsvReader
{
    /// <summary>The data rows, each a map from header name to cell; an empty cell is null (the package's missing value).</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string?>> ReadRows(TextReader reader, string fileName)
    {
        using var rows = Read(reader, fileName).GetEnumerator();
        if (!rows.MoveNext())
            yield break;
        var header = rows.Current;
        var number = 1;
        while (rows.MoveNext())
        {
            number++;
            var cells = rows.Current;
            if (cells.Count != header.Count)
                throw new InvalidDataException($"{fileName}: row {number} has {cells.Count} cells, the header {header.Count}");
            var row = new Dictionary<string, string?>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                row[header[i]] = cells[i].Length == 0 ? null : cells[i];
            yield return row;
        }
    }

    private static IEnumerable<List<string>> Read(TextReader reader, string fileName)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c != '"')
                    cell.Append((char)c);
                else if (reader.Peek() == '"')
                    cell.Append((char)reader.Read());
                else
                    quoted = false;
                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return cells;
                    cells = [];
                    any = false;
                    break;
                case '\uFEFF' when cells.Count == 0 && cell.Length == 0:
                    break;
                default:
                    cell.Append((char)c);
                    break;
            }
        }

        if (quoted)
            throw new InvalidDataException($"{fileName}: a quoted cell is not closed before the end of the file");
        if (any)
        {
            cells.Add(cell.ToString());
            yield return cells;
        }
    }
}
