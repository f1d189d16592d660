using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Validation;

/// <summary>NARRATIVE_BASE_YEAR_IMPLAUSIBLE: a narrative comparison with a year not before the document's own (its base year was dropped).</summary>
public static class NarrativeYearsCheck
{
    public static FindingRecord For(DroppedBaseYear dropped) =>
        SumCheck.Create(CheckRegistry.NarrativeBaseYearImplausible, "narrative", null,
            $"The narrative of the {dropped.DocumentYear} document compares with {dropped.StatedYear} (\"{dropped.Comparison.Text}\"), a year that is not before the document's own; the statement is kept but not used as a prior-year comparison.",
            [new SourceLocation { Table = "narrative", Line = dropped.Comparison.Line }]);
}
