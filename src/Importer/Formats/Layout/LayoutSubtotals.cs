using BudgetGraph.Data.Entities;

namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// The 类 and 款 rows of the functional expenditure table as printed: the row's total column (ExpenditureType null) and
/// each expenditure-type column that has a cell. They are what a reader cites for a 类 or 款, even where the rounded
/// 项 rows under them add up to a unit more or less.
/// </summary>
internal static class LayoutSubtotals
{
    public static IReadOnlyList<PublishedSubtotal> Read(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, string documentId, bool isPdf)
    {
        var table = tables[views.Expenditure];
        var columns = views.ExpenditureColumns.Select(c => (c.Column, (ExpenditureType?)c.Type)).Prepend((0, null)).ToList();
        var leaves = table.Leaves.ToHashSet();
        var subtotals = new List<PublishedSubtotal>();
        foreach (var row in table.Coded.Where(r => !leaves.Contains(r)))
        {
            foreach (var (column, type) in columns)
            {
                if (row.Amounts[column] is not { } amount)
                    continue;
                subtotals.Add(new PublishedSubtotal
                {
                    DocumentId = documentId,
                    Scheme = ClassificationScheme.Functional,
                    Code = row.Code!,
                    Level = (row.Code!.Length - 1) / 2,
                    Kind = LineKind.Expenditure,
                    ExpenditureType = type,
                    Amount = amount,
                    Source = table.Cite(row, table.Spec.Columns![column], isPdf),
                });
            }
        }

        return subtotals;
    }
}
