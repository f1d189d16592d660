namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// Reads the tab-separated extraction whose empty cells are dropped and whose pages end with `-- PAGE_BREAK --`.
/// Cells keep no position, so a row's amounts are placed by their order alone.
/// </summary>
public static class TabbedPagesReader
{
    public const string PageBreak = "-- PAGE_BREAK --";

    public static bool LooksLike(SourceText text) => text.AnyLine(line => line.Trim() == PageBreak);

    public static LayoutDocument Read(SourceText text)
    {
        var lines = new List<LayoutLine>();
        var page = 1;
        for (var number = 1; number <= text.LineCount; number++)
        {
            var raw = text[number];
            if (raw.Trim() == PageBreak)
            {
                page++;
                continue;
            }

            // Each tab-separated cell is split at spaces too, as in the other inputs; order is the only position.
            var words = raw.Split('\t')
                .SelectMany(cell => cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Select((w, i) => new LayoutWord(w, i, i + 1))
                .ToList();
            if (words.Count > 0)
                lines.Add(new LayoutLine(page, number, number, words));
        }

        return new LayoutDocument { FileName = text.FileName, Kind = LayoutSourceKind.TabbedText, Lines = lines };
    }
}
