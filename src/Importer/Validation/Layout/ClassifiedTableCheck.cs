using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Validation.Layout;

/// <summary>
/// The checks every classified table gets: each 类 and 款 row against the rows under it (column by column), the total
/// row against the 类 rows, and, where the first column is the sum of the others (合计 = 基本支出 + 项目支出), each row's
/// split. A subtotal that disagrees with its children is a located finding; the children's amounts are the lines.
/// </summary>
public static class ClassifiedTableCheck
{
    public static void Run(LayoutTable table, bool isPdf, bool firstColumnIsSum, List<Finding> findings)
    {
        if (table.Unit is not { } unit || table.Classified.Count == 0)
            return;
        var columns = table.Spec.Columns!;
        var decimals = PrintedPrecision.Of(table);
        var coded = table.Coded.ToList();
        foreach (var row in coded)
        {
            var children = coded.Where(c => c.Code!.Length == row.Code!.Length + 2 && c.Code.StartsWith(row.Code, StringComparison.Ordinal)).ToList();
            if (children.Count == 0)
                continue;
            for (var c = 0; c < columns.Count; c++)
                Add(findings, Compare("HIERARCHY_SUBTOTAL_MISMATCH", table, row, children, c, unit, decimals, isPdf, $"the rows under {row.Code} {row.Name}"));
        }

        if (table.Total is { } total)
        {
            var top = coded.Where(r => r.Code!.Length == 3).ToList();
            for (var c = 0; c < columns.Count; c++)
                Add(findings, Compare("TABLE_TOTAL_MISMATCH", table, total, top, c, unit, decimals, isPdf, "the 类 rows"));
        }

        if (!firstColumnIsSum)
            return;
        foreach (var row in table.Classified)
        {
            var parts = Enumerable.Range(1, columns.Count - 1).Where(c => row.Amounts[c] is not null)
                .Select(c => new AmountRef(row.Amount(c), table.Cite(row, columns[c], isPdf))).ToList();
            if (parts.Count == 0)
                continue;
            Add(findings, SumCheck.Compare("ROW_SPLIT_MISMATCH", table.Label, new AmountRef(row.Amount(0), table.Cite(row, columns[0], isPdf)), parts, unit,
                $"Table {table.Label}, row {row.Number} ({row.Code} {row.Name}): {string.Join(" + ", columns.Skip(1))} add up to", columns[0], decimals));
        }
    }

    private static Finding? Compare(string code, LayoutTable table, ClassifiedRow stated, List<ClassifiedRow> parts, int column, TableUnit unit, int decimals, bool isPdf, string what)
    {
        var name = table.Spec.Columns![column];
        var values = parts.Where(p => p.Amounts[column] is not null).Select(p => new AmountRef(p.Amount(column), table.Cite(p, name, isPdf))).ToList();
        if (stated.Amounts[column] is null && values.Count == 0)
            return null;
        return SumCheck.Compare(code, table.Label, new AmountRef(stated.Amount(column), table.Cite(stated, name, isPdf)), values, unit,
            $"Table {table.Label}, column {name}: {what} add up to", $"row {stated.Number} ({(stated.IsTotal ? stated.Name : $"{stated.Code} {stated.Name}")})", decimals);
    }

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null)
            findings.Add(finding);
    }
}
