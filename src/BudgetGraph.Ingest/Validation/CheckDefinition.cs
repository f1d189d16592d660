using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Validation;

/// <summary>
/// One reconciliation check: its finding code, the most severe finding it gives (a sum check gives INFO within
/// rounding, WARNING beyond), and what it compares, in Chinese terms with an English gloss.
/// </summary>
public sealed record CheckDefinition(string Code, Severity Severity, string Description, string DescriptionEn);
