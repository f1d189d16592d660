using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation.Layout;

/// <summary>
/// The checks every classified table gets: each 类 and 款 row against the rows under it (column by column), the total
/// row against the 类 rows, and each row's split by the table's column identities (合计 = 基本支出 + 项目支出). A subtotal that disagrees with its children is a located finding; the children's amounts are the lines.
/// </summary>
public static class ClassifiedTableCheck
{
    public static void Run(LayoutTable table, bool isPdf, List<FindingRecord> findings)
    {
        if (table.Unit is not { } unit || table.Classified.Count == 0)
            return;
        var columns = table.Spec.Columns!;
        var decimals = PrintedPrecision.Of(table);
        var coded = table.Coded.ToList();
        foreach (var row in coded.Where(r => r.MisprintedCode is not null))
        {
            findings.Add(SumCheck.Create(CheckRegistry.CodeMisprinted, table.Label, null,
                $"Table {table.Label}, row {row.Number} ({row.Name}) prints the code \"{row.MisprintedCode}\" under 款 {row.Code![..5]}: read as {row.Code}, the code the hierarchy implies.",
                [table.Cite(row, null, isPdf)]));
        }

        foreach (var row in coded.Where(r => r.CodeUnknown))
        {
            var counted = row.LineCode is { } parent ? $"its amounts count under {parent}" : "its amounts are in the table's total but under no code";
            findings.Add(SumCheck.Create(CheckRegistry.CodeNameUnknown, table.Label, null,
                $"Table {table.Label}, row {row.Number} prints \"{row.Name}\" without a code, and no reference list (the national lists, and the names beside codes in every document this importer reads) has that name under the row its indent places it under: it is read as a {row.Key!.Length switch { 3 => "类", 5 => "款", _ => "项" }} without a code; {counted}.",
                [table.Cite(row, null, isPdf)]));
        }

        foreach (var subtotal in LayoutHierarchy.Subtotals(table))
            Add(findings, Compare(table, subtotal, unit, decimals, isPdf));

        foreach (var row in table.Classified)
        {
            foreach (var sum in table.Spec.Sums)
            {
                var parts = sum.Parts.Where(c => row.Amounts[c] is not null)
                    .Select(c => new AmountRef(row.Amount(c), table.Cite(row, columns[c], isPdf))).ToList();
                if (parts.Count == 0)
                    continue;
                Add(findings, SumCheck.Compare(CheckRegistry.RowSplitMismatch, table.Label, new AmountRef(row.Amount(sum.Total), table.Cite(row, columns[sum.Total], isPdf)), parts, unit,
                    $"Table {table.Label}, row {row.Number} ({row.Code} {row.Name}): {string.Join(" + ", sum.Parts.Select(c => columns[c]))} add up to", columns[sum.Total], decimals));
            }
        }
    }

    /// <summary>
    /// The parts' sum against the stated row. Rounding may carry from every printed row at the bottom of the hierarchy
    /// under the parts (a 合计 computed from 款 rows, while each 类 row was rounded on its own), so the tolerance counts
    /// those leaves, not only the parts.
    /// </summary>
    private static FindingRecord? Compare(LayoutTable table, LayoutHierarchy.Subtotal subtotal, TableUnit unit, int decimals, bool isPdf)
    {
        var (stated, column) = (subtotal.Stated, subtotal.Column);
        var name = table.Spec.Columns![column];
        var values = subtotal.Parts.Where(p => p.Amounts[column] is not null).Select(p => new AmountRef(p.Amount(column), table.Cite(p, name, isPdf))).ToList();
        return SumCheck.Compare(subtotal.IsTableTotal ? CheckRegistry.TableTotalMismatch : CheckRegistry.HierarchySubtotalMismatch, table.Label, new AmountRef(stated.Amount(column), table.Cite(stated, name, isPdf)), values, unit,
            $"Table {table.Label}, column {name}: {subtotal.What} add up to", $"row {stated.Number} ({(stated.IsTotal || stated.Code is null ? stated.Name : $"{stated.Code} {stated.Name}")})", decimals, subtotal.RoundedRows);
    }

    private static void Add(List<FindingRecord> findings, FindingRecord? finding)
    {
        if (finding is not null)
            findings.Add(finding);
    }
}
