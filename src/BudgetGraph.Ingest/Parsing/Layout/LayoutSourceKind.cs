namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>How a document's pages were obtained, which decides what word positions can be trusted for.</summary>
public enum LayoutSourceKind
{
    /// <summary>`pdftotext -layout`: columns aligned by spaces, positions in characters, `\f` between pages.</summary>
    AlignedText,

    /// <summary>Tab-separated cells with empty cells dropped and `-- PAGE_BREAK --` between pages: no positions.</summary>
    TabbedText,

    /// <summary>Tab-separated cells with empty cells kept (Henan's export): a word's position is its cell's index.</summary>
    TabbedCells,

    /// <summary>Words read from the PDF itself: positions in points, rows rebuilt from their vertical positions.</summary>
    Pdf,
}
