namespace BudgetGraph.Data.Values;

/// <summary>Where a classification name comes from.</summary>
public enum NameOrigin
{
    /// <summary>Printed in a document of that year.</summary>
    Published,

    /// <summary>From the project's reference list of national code names (data/reference).</summary>
    Reference,
}
