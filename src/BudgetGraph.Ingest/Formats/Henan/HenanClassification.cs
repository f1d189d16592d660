using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Classification nodes of the document's year for every code its lines and economic tables use, with parents.
/// Names as published where the document prints them (functional 项 in 03, economic 款 in 06/07); otherwise from the
/// reference list (Henan prints no 类/款 names with codes).
/// </summary>
internal static class HenanClassification
{
    public static IReadOnlyList<ClassificationNodeRecord> Build(
        LayoutTable expenditure, IEnumerable<EconomicRow> economicRows, IEnumerable<BudgetLineRecord> lines, ReferenceNames reference)
    {
        var published = new Dictionary<(ClassificationScheme, string), string>();
        foreach (var item in expenditure.Coded.Where(i => i.Code is not null && !string.IsNullOrEmpty(i.Name)))
            published.TryAdd((ClassificationScheme.Functional, item.Code!), item.Name!);
        foreach (var row in economicRows.Where(r => !r.IsTotal))
        {
            if (row is { DepartmentCode: { } d, DepartmentName: { } dn })
                published.TryAdd((ClassificationScheme.EconomicDepartment, d), dn);
            if (row is { GovernmentCode: { } g, GovernmentName: { } gn })
                published.TryAdd((ClassificationScheme.EconomicGovernment, g), gn);
        }

        return ClassificationTree.Build(published, lines, reference);
    }
}
