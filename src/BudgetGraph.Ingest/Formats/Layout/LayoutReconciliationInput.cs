namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>A layout document's tables as read, with its profile's views: what the layout checks reconcile.</summary>
public sealed record LayoutReconciliationInput(IReadOnlyDictionary<string, LayoutTable> Tables, LayoutViews Views, bool IsPdf) : ReconciliationInput;
