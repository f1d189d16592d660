using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Reference;

namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// Classification nodes of the document's year: every code its classified tables print (类, 款 and 项 rows, with their
/// names as published) and every code its lines use, with parents; names the document does not print come from the
/// reference list.
/// </summary>
public static class LayoutClassification
{
    public static IReadOnlyList<ClassificationNode> Build(int year, IEnumerable<(ClassificationScheme Scheme, LayoutTable Table)> tables, IEnumerable<BudgetLine> lines, ReferenceNames reference)
    {
        var published = new Dictionary<(ClassificationScheme, string), string>();
        foreach (var (scheme, table) in tables)
        {
            foreach (var row in table.Coded.Where(r => !string.IsNullOrEmpty(r.Name)))
                published.TryAdd((scheme, row.Code!), row.Name!);
        }

        var codes = new HashSet<(ClassificationScheme, string)>(published.Keys);
        foreach (var line in lines)
        {
            if (line.FunctionalCode is { } f)
                codes.Add((ClassificationScheme.Functional, f));
            if (line.EconomicDepartmentCode is { } d)
                codes.Add((ClassificationScheme.EconomicDepartment, d));
        }

        var nodes = new Dictionary<(ClassificationScheme, string), ClassificationNode>();
        foreach (var (scheme, code) in codes)
        {
            for (var current = code; current is not null; current = Parent(current))
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
                    Level = (current.Length - 1) / 2,
                    ParentCode = Parent(current),
                };
            }
        }

        return nodes.Values.OrderBy(n => n.Scheme).ThenBy(n => n.Code, StringComparer.Ordinal).ToList();
    }

    private static string? Parent(string code) => code.Length > 3 ? code[..^2] : null;
}
