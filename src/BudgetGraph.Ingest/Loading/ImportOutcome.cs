namespace BudgetGraph.Ingest.Loading;

/// <summary>Whether an import created, replaced, or found the document already present.</summary>
public enum ImportOutcome
{
    Created,
    Replaced,
    Unchanged,
}
