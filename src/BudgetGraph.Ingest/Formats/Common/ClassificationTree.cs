using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>
/// Classification nodes of a document's year: every code the document prints a name for and every code its lines use,
/// with all their parents (functional 3 → 5 → 7 digits, economic 3 → 5). Names as published where the document prints
/// them, else from the reference list, each marked with its origin.
/// </summary>
public static class ClassificationTree
{
    public static IReadOnlyList<ClassificationNodeRecord> Build(
        IReadOnlyDictionary<(ClassificationScheme Scheme, string Code), string> published, IEnumerable<BudgetLineRecord> lines, ReferenceNames reference)
    {
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

        var nodes = new Dictionary<(ClassificationScheme, string), ClassificationNodeRecord>();
        foreach (var (scheme, code) in codes)
        {
            for (var current = code; current is not null; current = Parent(current))
            {
                if (nodes.ContainsKey((scheme, current)))
                    break;
                var name = published.GetValueOrDefault((scheme, current));
                nodes[(scheme, current)] = new ClassificationNodeRecord
                {
                    Scheme = scheme,
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
