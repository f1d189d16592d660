using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Reference;

namespace BudgetGraph.Importer.Formats.Henan;

/// <summary>
/// Classification nodes of the document's year for every code its lines and economic tables use, with parents.
/// Names as published where the document prints them (functional 项 in 03, economic 款 in 06/07); otherwise from the
/// reference list (Henan prints no 类/款 names with codes).
/// </summary>
internal static class HenanClassification
{
    public static IReadOnlyList<ClassificationNode> Build(
        int year, HenanFunctionalTable expenditure, IEnumerable<EconomicRow> economicRows, IEnumerable<BudgetLine> lines, ReferenceNames reference)
    {
        var published = new Dictionary<(ClassificationScheme, string), string>();
        foreach (var item in expenditure.Items.Where(i => i.Name is not null))
            published.TryAdd((ClassificationScheme.Functional, item.Code!), item.Name!);
        foreach (var row in economicRows.Where(r => !r.IsTotal))
        {
            if (row is { DepartmentCode: { } d, DepartmentName: { } dn })
                published.TryAdd((ClassificationScheme.EconomicDepartment, d), dn);
            if (row is { GovernmentCode: { } g, GovernmentName: { } gn })
                published.TryAdd((ClassificationScheme.EconomicGovernment, g), gn);
        }

        var codes = new HashSet<(ClassificationScheme, string)>(published.Keys);
        foreach (var line in lines)
        {
            if (line.FunctionalCode is { } f)
                codes.Add((ClassificationScheme.Functional, f));
            if (line.EconomicDepartmentCode is { } d)
                codes.Add((ClassificationScheme.EconomicDepartment, d));
            if (line.EconomicGovernmentCode is { } g)
                codes.Add((ClassificationScheme.EconomicGovernment, g));
        }

        var nodes = new Dictionary<(ClassificationScheme, string), ClassificationNode>();
        foreach (var (scheme, code) in codes)
        {
            for (var current = code; current is not null; current = Parent(scheme, current))
            {
                if (nodes.ContainsKey((scheme, current)))
                    break;
                var name = published.GetValueOrDefault((scheme, current));
                nodes[(scheme, current)] = new ClassificationNode
                {
                    Scheme = scheme,
                    Year = year,
                    Code = current,
                    Name = name ?? reference.Name(scheme, current) ?? current,
                    NameOrigin = name is null ? NameOrigin.Reference : NameOrigin.Published,
                    Level = Level(scheme, current),
                    ParentCode = Parent(scheme, current),
                };
            }
        }

        return nodes.Values.OrderBy(n => n.Scheme).ThenBy(n => n.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>Functional: 3 → 5 → 7 digits; economic: 3 → 5.</summary>
    private static string? Parent(ClassificationScheme scheme, string code) => code.Length switch
    {
        7 when scheme == ClassificationScheme.Functional => code[..5],
        5 => code[..3],
        _ => null,
    };

    private static int Level(ClassificationScheme scheme, string code) => code.Length switch
    {
        3 => 1,
        5 => 2,
        _ => 3,
    };
}
