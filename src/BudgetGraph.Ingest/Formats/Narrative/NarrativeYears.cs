using BudgetGraph.Data.Entities;
using BudgetGraph.Ingest.Validation;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// A comparison "with" a base year that is not before the document's year ("比2026年预算" in a 2026 budget) is a slip
/// in the narrative: it is reported, and its base year is dropped so no comparison trusts it.
/// </summary>
public static class NarrativeYears
{
    public static IEnumerable<Finding> Check(IEnumerable<StatedComparison> comparisons, int year)
    {
        foreach (var comparison in comparisons.Where(c => c.BaseYear >= year))
        {
            var stated = comparison.BaseYear;
            comparison.BaseYear = null;
            yield return SumCheck.Create(Severity.Warning, "NARRATIVE_BASE_YEAR_IMPLAUSIBLE", "narrative", null,
                $"The narrative of the {year} document compares with {stated} (\"{comparison.Text}\"), a year that is not before the document's own; the statement is kept but not used as a prior-year comparison.",
                [new SourceLocation { Table = "narrative", Line = comparison.Line }]);
        }
    }
}
