using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Validation.Layout;

/// <summary>
/// The checks every classified table gets: each 类 and 款 row against the rows under it (column by column), the total
/// row against the 类 rows, and each row's split by the table's column identities (合计 = 基本支出 + 项目支出). A subtotal that disagrees with its children is a located finding; the children's amounts are the lines.
/// </summary>
public static class ClassifiedTableCheck
{
    public static void Run(LayoutTable table, bool isPdf, List<Finding> findings)
    {
        if (table.Unit is not { } unit || table.Classified.Count == 0)
            return;
        var columns = table.Spec.Columns!;
        var decimals = PrintedPrecision.Of(table);
        var coded = table.Coded.ToList();
        foreach (var row in coded.Where(r => r.MisprintedCode is not null))
        {
            findings.Add(SumCheck.Create(Severity.Warning, "CODE_MISPRINTED", table.Label, null,
                $"Table {table.Label}, row {row.Number} ({row.Name}) prints the code \"{row.MisprintedCode}\" under 款 {row.Code![..5]}: read as {row.Code}, the code the hierarchy implies.",
                [table.Cite(row, null, isPdf)]));
        }

        foreach (var row in coded.Where(r => r.CodeUnknown))
        {
            var counted = row.LineCode is { } parent ? $"its amounts count under {parent}" : "its amounts are in the table's total but under no code";
            findings.Add(SumCheck.Create(Severity.Warning, "CODE_NAME_UNKNOWN", table.Label, null,
                $"Table {table.Label}, row {row.Number} prints \"{row.Name}\" without a code, and no reference list (the national lists, and the names beside codes in every document this importer reads) has that name under the row its indent places it under: it is read as a {row.Key!.Length switch { 3 => "类", 5 => "款", _ => "项" }} without a code; {counted}.",
                [table.Cite(row, null, isPdf)]));
        }

        foreach (var row in coded)
        {
            var children = coded.Where(c => c.Key!.Length == row.Key!.Length + 2 && c.Key.StartsWith(row.Key, StringComparison.Ordinal)).ToList();
            if (children.Count == 0)
                continue;
            for (var c = 0; c < columns.Count; c++)
                Add(findings, Compare("HIERARCHY_SUBTOTAL_MISMATCH", table, row, children, c, unit, decimals, isPdf, $"the rows under {row.Code} {row.Name}"));
        }

        if (table.Total is { } total)
        {
            // The rows under no other row: the 类 rows, or every row of a table that prints only 项 (Beijing).
            var codes = coded.Select(r => r.Key!).ToHashSet(StringComparer.Ordinal);
            var top = coded.Where(r => !codes.Any(c => c.Length < r.Key!.Length && r.Key.StartsWith(c, StringComparison.Ordinal))).ToList();
            var what = top.All(r => r.Key!.Length == 3) ? "the 类 rows" : "the rows under no other row";
            for (var c = 0; c < columns.Count; c++)
                Add(findings, Compare("TABLE_TOTAL_MISMATCH", table, total, top, c, unit, decimals, isPdf, what));
        }

        foreach (var row in table.Classified)
        {
            foreach (var sum in table.Spec.Sums)
            {
                var parts = sum.Parts.Where(c => row.Amounts[c] is not null)
                    .Select(c => new AmountRef(row.Amount(c), table.Cite(row, columns[c], isPdf))).ToList();
                if (parts.Count == 0)
                    continue;
                Add(findings, SumCheck.Compare("ROW_SPLIT_MISMATCH", table.Label, new AmountRef(row.Amount(sum.Total), table.Cite(row, columns[sum.Total], isPdf)), parts, unit,
                    $"Table {table.Label}, row {row.Number} ({row.Code} {row.Name}): {string.Join(" + ", sum.Parts.Select(c => columns[c]))} add up to", columns[sum.Total], decimals));
            }
        }
    }

    /// <summary>
    /// The parts' sum against the stated row. Rounding may carry from every printed row at the bottom of the hierarchy
    /// under the parts (a 合计 computed from 款 rows, while each 类 row was rounded on its own), so the tolerance counts
    /// those leaves, not only the parts.
    /// </summary>
    private static Finding? Compare(string code, LayoutTable table, ClassifiedRow stated, List<ClassifiedRow> parts, int column, TableUnit unit, int decimals, bool isPdf, string what)
    {
        var name = table.Spec.Columns![column];
        var values = parts.Where(p => p.Amounts[column] is not null).Select(p => new AmountRef(p.Amount(column), table.Cite(p, name, isPdf))).ToList();
        if (stated.Amounts[column] is null && values.Count == 0)
            return null;
        var leaves = table.Leaves.Count(l => l.Amounts[column] is not null && parts.Any(p => l.Key!.StartsWith(p.Key!, StringComparison.Ordinal)));
        return SumCheck.Compare(code, table.Label, new AmountRef(stated.Amount(column), table.Cite(stated, name, isPdf)), values, unit,
            $"Table {table.Label}, column {name}: {what} add up to", $"row {stated.Number} ({(stated.IsTotal || stated.Code is null ? stated.Name : $"{stated.Code} {stated.Name}")})", decimals, leaves);
    }

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null)
            findings.Add(finding);
    }
}
