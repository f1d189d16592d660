using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Formats.Reference;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Formats.Shanghai;

/// <summary>
/// Shanghai budgets (上海市 district 部门预算 and 单位预算): narrative, then 9 titled tables laid out in columns (text
/// exports of the PDF or the PDF itself), amounts in 元. Recognised by at least three of its table titles with the
/// family's scope prefix; the two scopes are two families that share this reader.
/// </summary>
public abstract class ShanghaiBudgetFamily : IDisclosureFamily
{
    private readonly ReferenceNames _reference;
    private readonly ShanghaiBudgetKind _kind;

    private protected ShanghaiBudgetFamily(ShanghaiBudgetKind kind, ReferenceNames reference)
    {
        _kind = kind;
        _reference = reference;
    }

    public string Name => _kind.FamilyName;

    public bool Recognises(DisclosureSource source) =>
        LayoutCatalog.FindStarts(source.Layout, ShanghaiBudgetTables.All, _kind.TitlePrefixes)
            .Count(s => s.Spec is not null && _kind.TitlePrefixes.Split('|').Any(p => s.PrintedTitle.Contains(p + s.Spec.Title, StringComparison.Ordinal))) >= 3;

    public DisclosureContent Read(DisclosureSource source) => new ShanghaiBudgetReader(source, _kind, _reference).Read();
}
