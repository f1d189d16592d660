using BudgetGraph.Data.Entities;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// A comparison "with" a base year that is not before the document's year ("比2026年预算" in a 2026 budget) is a slip
/// in the narrative: its base year is dropped so no comparison trusts it, and the slip is kept for Validation to report.
/// </summary>
public static class NarrativeYears
{
    public static IReadOnlyList<DroppedBaseYear> Drop(IEnumerable<StatedComparison> comparisons, int year)
    {
        var dropped = new List<DroppedBaseYear>();
        foreach (var comparison in comparisons.Where(c => c.BaseYear >= year))
        {
            dropped.Add(new DroppedBaseYear(comparison, comparison.BaseYear!.Value, year));
            comparison.BaseYear = null;
        }

        return dropped;
    }
}
