namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// Reads tables from a text export whose cells are separated by tabs with empty cells kept. A table runs from its title
/// line to the next title (or the end of the file). Inside it: lines with tabs are rows, a blank line is a page break
/// (the row after it continues the same table), 单位：… is the unit, 注：/说明：… start notes that run to the next blank
/// line, and any other line is a caption.
/// </summary>
public static class TabbedTableReader
{
    public static IReadOnlyList<TextTable> ReadAll(SourceText text, IReadOnlyList<TableStart> starts, TableWords words)
    {
        var ordered = starts.OrderBy(s => s.Line).ToList();
        var tables = new List<TextTable>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var end = i + 1 < ordered.Count ? ordered[i + 1].Line : text.LineCount + 1;
            tables.Add(Read(text, ordered[i], end, words));
        }

        return tables;
    }

    /// <summary>Reads the lines after <paramref name="start"/> up to (not including) line <paramref name="endLine"/>.</summary>
    public static TextTable Read(SourceText text, TableStart start, int endLine, TableWords words)
    {
        var rows = new List<(int Line, string[] Cells)>();
        var notes = new List<TextNote>();
        var captions = new List<TextNote>();
        TextNote? unit = null;
        TextNote? openNote = null;

        for (var line = start.Line + 1; line < endLine; line++)
        {
            var raw = text[line];
            if (SourceText.IsBlank(raw))
            {
                CloseNote();
                continue;
            }

            var trimmed = raw.Trim();
            if (openNote is not null && !raw.Contains('\t', StringComparison.Ordinal) && !words.IsNoteCaption(trimmed))
            {
                openNote = openNote with { Text = openNote.Text + "\n" + trimmed };
                continue;
            }

            CloseNote();
            if (words.IsNoteCaption(trimmed) && !raw.Contains('\t', StringComparison.Ordinal))
                openNote = new TextNote(line, trimmed);
            else if (raw.Contains('\t', StringComparison.Ordinal))
                rows.Add((line, raw.Split('\t')));
            else if (unit is null && words.IsUnitCaption(trimmed))
                unit = new TextNote(line, trimmed);
            else
                captions.Add(new TextNote(line, trimmed));
        }

        CloseNote();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Length);
        var textRows = rows.Select((r, i) => new TextRow(i + 1, r.Line, Pad(r.Cells, width), text[r.Line])).ToList();
        return new TextTable
        {
            FileName = text.FileName,
            Title = start.Title,
            Label = start.Label,
            TitleLine = start.Line,
            Unit = unit,
            Rows = textRows,
            Notes = notes,
            Captions = captions,
        };

        void CloseNote()
        {
            if (openNote is not null)
                notes.Add(openNote);
            openNote = null;
        }
    }

    /// <summary>Cells as printed, trimmed (null = empty), padded to <paramref name="width"/>.</summary>
    internal static string?[] Pad(string[] cells, int width)
    {
        var padded = new string?[width];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i].Trim().Trim('\u3000');
            padded[i] = cell.Length == 0 ? null : cell;
        }

        return padded;
    }

}
