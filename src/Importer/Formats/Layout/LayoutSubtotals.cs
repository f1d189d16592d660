using BudgetGraph.Data.Entities;

namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// The 类 and 款 rows of the functional expenditure table as printed, and its total row (level 0: the document's total,
/// 本年支出合计 in final accounts): the row's total column (ExpenditureType null) and each expenditure-type column that
/// has a cell. They are what a reader cites, even where the rounded 项 rows under them add up to a unit more or less.
/// </summary>
internal static class LayoutSubtotals
{
    public static IReadOnlyList<PublishedSubtotal> Read(IReadOnlyDictionary<string, LayoutTable> tables, LayoutViews views, string documentId, bool isPdf)
    {
        var table = tables[views.Expenditure];
        var columns = views.ExpenditureColumns.Select(c => (c.Column, (ExpenditureType?)c.Type)).Prepend((0, null)).ToList();
        var leaves = table.Leaves.ToHashSet();
        var subtotals = new List<PublishedSubtotal>();
        var printed = table.Coded.Where(r => !leaves.Contains(r)).Select(r => (Row: r, Code: r.Code!, Level: (r.Code!.Length - 1) / 2));
        if (table.Total is { } total)
            printed = printed.Prepend((total, "", 0));
        foreach (var (row, code, level) in printed)
        {
            foreach (var (column, type) in columns)
            {
                if (row.Amounts[column] is not { } amount)
                    continue;
                subtotals.Add(new PublishedSubtotal
                {
                    DocumentId = documentId,
                    Scheme = ClassificationScheme.Functional,
                    Code = code,
                    Level = level,
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
