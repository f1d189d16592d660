namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Reads a tab-separated export that keeps its empty cells (Henan's): every row sets its cells at fixed indexes, so a
/// word's position is its cell's index — cell k spans [k, k + 1), the words of one cell side by side within it — and a
/// header cell and the amounts under it share one centre. A form feed starts a page, as in aligned text.
/// </summary>
public static class TabbedCellsReader
{
    /// <summary>A line with an empty cell between two tabs: the export keeps empty cells.</summary>
    public static bool LooksLike(SourceText text) => text.AnyLine(line => line.Contains("\t\t", StringComparison.Ordinal));

    public static LayoutDocument Read(SourceText text)
    {
        var lines = new List<LayoutLine>();
        var page = 1;
        for (var number = 1; number <= text.LineCount; number++)
        {
            var raw = text[number];
            page += raw.Count(c => c == '\f');
            var words = new List<LayoutWord>();
            var cells = raw.Replace('\f', ' ').Split('\t');
            for (var k = 0; k < cells.Length; k++)
            {
                var parts = cells[k].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                for (var j = 0; j < parts.Length; j++)
                    words.Add(new LayoutWord(parts[j], k + ((double)j / parts.Length), k + ((double)(j + 1) / parts.Length)));
            }

            if (words.Count > 0)
                lines.Add(new LayoutLine(page, number, number, words));
        }

        return new LayoutDocument { FileName = text.FileName, Kind = LayoutSourceKind.TabbedCells, Lines = lines };
    }
}
