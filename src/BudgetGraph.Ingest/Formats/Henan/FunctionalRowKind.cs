namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>What a row of a functional expenditure table is.</summary>
internal enum FunctionalRowKind
{
    Total,
    Department,
    Item,
}
