using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// A comparison "with" a base year that is not before the document's year ("比2026年预算" in a 2026 budget) is a slip
/// in the narrative: its base year is dropped so no comparison trusts it, and the slip is kept for Validation to report.
/// </summary>
public static class NarrativeYears
{
    /// <returns>The comparisons, those with such a base year without it; and the slips.</returns>
    public static (IReadOnlyList<StatedComparisonRecord> Comparisons, IReadOnlyList<DroppedBaseYear> Dropped) Drop(IEnumerable<StatedComparisonRecord> comparisons, int year)
    {
        var kept = new List<StatedComparisonRecord>();
        var dropped = new List<DroppedBaseYear>();
        foreach (var comparison in comparisons)
        {
            if (comparison.BaseYear >= year)
                dropped.Add(new DroppedBaseYear(comparison, comparison.BaseYear.Value, year));
            kept.Add(comparison.BaseYear >= year ? comparison with { BaseYear = null } : comparison);
        }

        return (kept, dropped);
    }
}
