using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>
/// How far a sum of rounded amounts may miss a rounded total: half a unit of the last printed digit per row and per
/// total, i.e. 0.005 × (n + 1) in the table's unit for amounts printed with two decimals, 0.5 × (n + 1) for whole 元
/// (Shanghai budgets print 元 rounded from fen, so their subtotals may miss by a 元).
/// </summary>
public static class Tolerance
{
    public static long For(int summedRows, TableUnit unit, int decimals = 2) =>
        UnitCaption.ToUnits(0.5m / Pow10(decimals) * (summedRows + 1), unit);

    /// <summary>Whether a sum of <paramref name="summedRows"/> rounded amounts missing its total by <paramref name="difference"/> is within rounding.</summary>
    public static bool Holds(long difference, int summedRows, TableUnit unit, int decimals = 2) => Math.Abs(difference) <= For(summedRows, unit, decimals);

    private static decimal Pow10(int decimals) => decimals <= 0 ? 1m : 10m * Pow10(decimals - 1);
}
