using BudgetGraph.Ingest.Formats.Layout;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>A Henan document's tables as read (an unreadable one empty): what the Henan checks reconcile.</summary>
internal sealed record HenanReconciliationInput(HenanDocument Document, LayoutTable Expenditure, LayoutTable? PublicBudget,
    IReadOnlyList<EconomicRow> Basic, IReadOnlyList<EconomicRow> Summary) : ReconciliationInput;
