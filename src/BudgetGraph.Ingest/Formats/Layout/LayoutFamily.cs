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

    /// <summary>
    /// Every set of tables the file holds (<see cref="LayoutSets"/>), each a document: the first is the department's, the
    /// others units under it. A grid export listing its units in its income table (Henan's) is one document.
    /// </summary>
    public IReadOnlyList<DisclosureContent> ReadAll(DisclosureSource source)
    {
        var sets = _kind.UnitsFromIncome ? [] : LayoutSets.Find(source, _kind);
        if (sets.Count <= 1)
            return [Read(source)];
        var whole = new LayoutDocumentReader(source.Within(sets[0].FirstLine, sets[0].LastLine), _kind, _reference).Read();
        var parent = (whole.Departments[0], whole.Region);
        return [whole, .. sets.Skip(1).Select(set => new LayoutDocumentReader(source.Within(set.FirstLine, set.LastLine), _kind, _reference, parent).Read())];
    }
}
