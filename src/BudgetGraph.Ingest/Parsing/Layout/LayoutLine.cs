namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// A physical line of a page: its words left to right, its 1-based line in the source text (for PDF input, the line of
/// the text the importer rebuilt from it), and its vertical position (PDF points from the top; the line number for text).
/// </summary>
public sealed record LayoutLine(int Page, int Line, double Y, IReadOnlyList<LayoutWord> Words)
{
    /// <summary>The words joined without spaces: how titles and labels are compared (exports split words at will).</summary>
    public string Compact => string.Concat(Words.Select(w => w.Text));

    public string Text => string.Join(" ", Words.Select(w => w.Text));
}
