using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Classification nodes of the document's year: every code its classified tables print (类, 款 and 项 rows, with their
/// names as published; a government economic code printed beside a department one, with its name) and every code its lines use, with parents; names the document does not print come from the
/// reference list.
/// </summary>
public static class LayoutClassification
{
    public static IReadOnlyList<ClassificationNodeRecord> Build(IEnumerable<(ClassificationScheme Scheme, LayoutTable Table)> tables, IEnumerable<BudgetLineRecord> lines, ReferenceNames reference)
    {
        var published = new Dictionary<(ClassificationScheme, string), string>();
        foreach (var (scheme, table) in tables)
        {
            // A code found from the name is the reference list's pairing, not the document's.
            foreach (var row in table.Coded.Where(r => r.Code is not null && !r.CodeFromName))
            {
                if (!string.IsNullOrEmpty(row.Name))
                    published.TryAdd((scheme, row.Code!), row.Name!);
                // The government economic code printed beside the department one, with its name (TableSpec.KeepSecondCode).
                if (table.Spec.KeepSecondCode && row is { SecondCode: { } second, SecondName: { } secondName })
                    published.TryAdd((ClassificationScheme.EconomicGovernment, second), secondName);
            }
        }

        return ClassificationTree.Build(published, lines, reference);
    }
}
