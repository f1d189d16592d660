namespace BudgetGraph.Data.Values;

/// <summary>How serious a reconciliation finding is.</summary>
public enum Severity
{
    /// <summary>Within rounding tolerance.</summary>
    Info,

    /// <summary>A real disagreement between tables.</summary>
    Warning,

    /// <summary>An unusable table.</summary>
    Error,
}
