namespace BudgetGraph.Export;

/// <summary>
/// One CSV row: an item of the rows list (an execution node, or a bare value for a list of scalars) and, for a
/// series, the point of the item's expanded list this row shows (null when the item has none).
/// </summary>
internal readonly record struct ExportRow(object? Item, object? Point);
