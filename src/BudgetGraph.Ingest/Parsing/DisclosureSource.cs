using BudgetGraph.Ingest.Parsing.Layout;
using BudgetGraph.Ingest.Parsing.Pdf;

namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// One input file as families see it: its text (the export itself, or the text rebuilt from a PDF) for narratives and
/// recognition, and its pages of positioned lines for layout tables, built only when a family asks for them.
/// </summary>
public sealed class DisclosureSource
{
    private readonly Lazy<LayoutDocument> _layout;

    private DisclosureSource(SourceText text, Func<LayoutDocument> layout, bool isPdf)
    {
        Text = text;
        IsPdf = isPdf;
        _layout = new Lazy<LayoutDocument>(layout);
    }

    public string FileName => Text.FileName;

    public SourceText Text { get; }

    public bool IsPdf { get; }

    public LayoutDocument Layout => _layout.Value;

    /// <summary>
    /// One of several documents the file holds (a department's 汇总 and its 本级 set in one PDF): its text and layout
    /// lines <paramref name="firstLine"/>..<paramref name="lastLine"/>, numbered and paged as in the file.
    /// </summary>
    public DisclosureSource Within(int firstLine, int lastLine) =>
        new(Text.Within(firstLine, lastLine), () => Layout.Within(firstLine, lastLine), IsPdf);

    public static DisclosureSource FromBytes(string fileName, byte[] bytes)
    {
        if (PdfLayoutReader.LooksLike(bytes))
        {
            var (layout, text) = PdfLayoutReader.Read(fileName, bytes);
            return new DisclosureSource(text, () => layout, isPdf: true);
        }

        return FromText(SourceText.FromBytes(fileName, bytes));
    }

    public static DisclosureSource FromText(SourceText text) =>
        new(text, () => TabbedPagesReader.LooksLike(text) ? TabbedPagesReader.Read(text) : TabbedCellsReader.LooksLike(text) ? TabbedCellsReader.Read(text) : AlignedTextReader.Read(text), isPdf: false);
}
