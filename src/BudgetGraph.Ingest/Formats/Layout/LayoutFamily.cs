using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// A family of documents laid out in titled tables with columns (Shanghai budgets and final accounts; text exports of the
/// PDF or the PDF itself). Recognised by at least three of its table titles with the family's scope prefix; each family
/// is one <see cref="LayoutFamilyKind"/> read by the shared <see cref="LayoutDocumentReader"/>.
/// </summary>
public abstract class LayoutFamily : IDisclosureFamily
{
    private const int TitlesToRecognise = 3;

    private readonly ReferenceNames _reference;
    private readonly LayoutFamilyKind _kind;

    private protected LayoutFamily(LayoutFamilyKind kind, ReferenceNames reference)
    {
        _kind = kind;
        _reference = reference;
    }

    public string Name => _kind.FamilyName;

    public bool Recognises(DisclosureSource source) =>
        (!_kind.GridExport || source.Layout.Kind == Parsing.Layout.LayoutSourceKind.TabbedCells)
        && (_kind.Marker is null || source.Layout.Lines.Any(l => _kind.Marker.IsMatch(l.Compact)))
        && LayoutCatalog.FindStarts(source.Layout, _kind.Tables, _kind.TitlePrefixes)
            .Count(s => s.Spec is not null && _kind.Prefixes.Any(p => s.Spec.Titles.Any(t => s.PrintedTitle.Contains(p + t, StringComparison.Ordinal)))) >= TitlesToRecognise;

    public DisclosureContent Read(DisclosureSource source) => new LayoutDocumentReader(source, _kind, _reference).Read();
}
