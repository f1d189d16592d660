using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats;

/// <summary>
/// A narrative comparison "with" a year that is not before the document's own ("比2026年预算" in a 2026 budget): its base
/// year was dropped so no comparison trusts it (<see cref="Narrative.NarrativeYears"/>); Validation reports the slip.
/// </summary>
public sealed record DroppedBaseYear(StatedComparisonRecord Comparison, int StatedYear, int DocumentYear);
