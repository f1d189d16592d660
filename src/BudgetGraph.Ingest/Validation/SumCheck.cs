using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation;

/// <summary>
/// Compares a stated total with the amounts that should make it up. Equal → no finding; within rounding tolerance →
/// INFO; beyond → the check's severity (WARNING). Either way the finding names the table, the total's cell and the signed
/// difference; where the amounts it is compared with stand in another table (01's 本年支出合计 against 03's 合计), their
/// cells too, so a reader sees both sides of the disagreement (API.md: every table and row involved).
/// </summary>
public static class SumCheck
{
    /// <param name="roundedRows">
    /// How many rounded amounts the gap may carry, when more than the parts: subtotal rows each rounded from rows
    /// printed under them (a 合计 = Σ 款 rows, while the 类 rows between were rounded on their own).
    /// </param>
    public static FindingRecord? Compare(CheckDefinition check, string table, AmountRef stated, IReadOnlyList<AmountRef> parts, TableUnit unit, string what, string statedName, int decimals = 2, int? roundedRows = null)
    {
        var sum = parts.Sum(p => p.Amount);
        var difference = stated.Amount - sum;
        if (difference == 0)
            return null;
        var tolerance = Tolerance.For(Math.Max(parts.Count, roundedRows ?? 0), unit, decimals);
        var within = Tolerance.Holds(difference, Math.Max(parts.Count, roundedRows ?? 0), unit, decimals);
        var verdict = within
            ? $"within the rounding tolerance of {AmountFormat.In(tolerance, unit)}"
            : $"more than rounding can explain (tolerance {AmountFormat.In(tolerance, unit)})";
        return Create(
            check,
            table,
            difference,
            $"{what} {AmountFormat.In(sum, unit)}, while {statedName} says {AmountFormat.In(stated.Amount, unit)}: a difference of {AmountFormat.In(difference, unit)}, {verdict}.",
            [stated.Source, .. parts.Select(p => p.Source).Where(p => p.Table != stated.Source.Table)],
            within ? Severity.Info : null);
    }

    /// <summary>A finding of a registered check, at the check's severity (INFO where a sum holds within rounding).</summary>
    public static FindingRecord Create(CheckDefinition check, string table, long? difference, string message, IEnumerable<SourceLocation> locations, Severity? withinRounding = null) =>
        new() { Severity = withinRounding ?? check.Severity, Code = check.Code, Message = message, Table = table, Difference = difference, Locations = [.. locations] };
}
