using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// A Henan document's tables as read: its text tables (01, 02, 04 are still Henan's own) and the classified tables the
/// shared reader read (03, 05, 06, 07; an unreadable or missing one absent). What the Henan checks reconcile.
/// </summary>
internal sealed record HenanReconciliationInput(HenanDocument Document, IReadOnlyDictionary<string, LayoutTable> Classified) : ReconciliationInput;
