using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Validation;

/// <summary>
/// One reconciliation check: its finding code, the most severe finding it gives (a sum check gives INFO within
/// rounding, WARNING beyond), and what it compares, in Chinese terms with an English gloss.
/// </summary>
public sealed record CheckDefinition(string Code, Severity Severity, string Description, string DescriptionEn)
{
    /// <summary>The check compares a document with others (run after loading, again when a document it names arrives).</summary>
    public bool AcrossDocuments { get; init; }

    /// <summary>Its message quotes a narrative sentence (a data package ships the finding without the quote).</summary>
    public bool QuotesNarrative { get; init; }
}
