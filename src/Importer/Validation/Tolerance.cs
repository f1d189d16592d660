using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Formats.Common;

namespace BudgetGraph.Importer.Validation;

/// <summary>
/// How far a sum of rounded amounts may miss a rounded total: half a unit of the last printed digit per row and per
/// total, i.e. 0.005 × (n + 1) in the table's unit for amounts printed with two decimals.
/// </summary>
public static class Tolerance
{
    public static long For(int summedRows, TableUnit unit) => UnitCaption.ToUnits(0.005m * (summedRows + 1), unit);
}
