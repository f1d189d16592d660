namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// A document as pages of positioned lines, whatever it was read from (aligned text, tabbed text, PDF). Table readers
/// work on this, so the same reader gives the same table from the text export and from the PDF.
/// </summary>
public sealed class LayoutDocument
{
    public required string FileName { get; init; }

    public required LayoutSourceKind Kind { get; init; }

    /// <summary>Non-blank lines in reading order (page, then top to bottom).</summary>
    public required IReadOnlyList<LayoutLine> Lines { get; init; }

    /// <summary>The lines of source-text lines <paramref name="firstLine"/>..<paramref name="lastLine"/> (<see cref="DisclosureSource.Within"/>).</summary>
    public LayoutDocument Within(int firstLine, int lastLine) =>
        new() { FileName = FileName, Kind = Kind, Lines = [.. Lines.Where(l => l.Line >= firstLine && l.Line <= lastLine)] };

    public int PageCount => Lines.Count == 0 ? 0 : Lines[^1].Page;

    /// <summary>
    /// Whether the document has pages to cite: a PDF, or a text export with page breaks. A grid export without any (Henan's)
    /// is one stream of lines, and a citation gives its line, not "page 1".
    /// </summary>
    public bool HasPages => Kind != LayoutSourceKind.TabbedCells || PageCount > 1;

    /// <summary>Whether horizontal positions can place a word in a column (not for tabbed text).</summary>
    public bool HasPositions => Kind != LayoutSourceKind.TabbedText;

    /// <summary>
    /// How far apart (in <see cref="LayoutLine.Y"/>) two physical lines may be and still belong to one table row: PDF
    /// tables centre some cells vertically, so a row's amounts or a wrapped name sit a few points off its codes. Text
    /// exports have no such slack: a value on another line is not placed.
    /// </summary>
    public double RowSlack => Kind == LayoutSourceKind.Pdf ? 9.5 : 0;
}
