using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The decimals a table prints its amounts with (189,767,551 → 0; 31,214,205.80 → 2), so a comparison's rounding
/// tolerance is half a unit of the digit the reader sees (DOMAIN.md, Reconciliation).
/// </summary>
public static class PrintedPrecision
{
    public static int Of(params LayoutTable[] tables) =>
        tables.SelectMany(Amounts).Select(AmountText.Decimals).DefaultIfEmpty(2).Max();

    private static IEnumerable<string> Amounts(LayoutTable table) => table.Spec.IsClassified
        ? table.Classified.SelectMany(r => r.Printed).OfType<string>()
        : table.Rows.SelectMany(r => r.Cells).Where(c => AmountText.TryParse(c, out _));
}
