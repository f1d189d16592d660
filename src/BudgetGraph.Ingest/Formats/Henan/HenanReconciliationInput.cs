using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// A Henan document's tables as the shared reader read them (01–07; an unreadable or missing one absent): what the
/// Henan checks reconcile.
/// </summary>
internal sealed record HenanReconciliationInput(IReadOnlyDictionary<string, LayoutTable> Tables) : ReconciliationInput;
