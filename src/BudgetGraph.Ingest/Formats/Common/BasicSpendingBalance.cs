using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>
/// The rows that make the economic view add up to the department total once (DOMAIN.md, "Which table feeds which view").
/// The economic table covers the general public budget's basic spending only: basic spending funded otherwise (事业收入,
/// other income; the all-funds 基本支出 minus the general budget's) is one OTHER_FUNDS row, never a finding; a real gap
/// between the economic table's total and the general budget's 基本支出 is an UNALLOCATED row, whose finding the
/// reconciliation reports at the same cells.
/// </summary>
public static class BasicSpendingBalance
{
    public const string UnallocatedMarker = "UNALLOCATED";
    public const string OtherFundsMarker = "OTHER_FUNDS";

    public static IEnumerable<(long Amount, string Marker, SourceLocation Source)> Rows(long economicTotal, long generalBasic, SourceLocation generalSource, long allFundsBasic, SourceLocation allFundsSource)
    {
        if (generalBasic != economicTotal)
            yield return (generalBasic - economicTotal, UnallocatedMarker, generalSource);
        if (allFundsBasic != generalBasic)
            yield return (allFundsBasic - generalBasic, OtherFundsMarker, allFundsSource);
    }
}
