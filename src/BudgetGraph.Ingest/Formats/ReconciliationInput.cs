namespace BudgetGraph.Ingest.Formats;

/// <summary>
/// What a family read that Validation reconciles (its tables, as the family holds them): the layout reader's tables and
/// views, Henan's text tables, the Hebei fragment's overview. Formats never run checks; Validation runs them on this.
/// </summary>
public abstract record ReconciliationInput;
