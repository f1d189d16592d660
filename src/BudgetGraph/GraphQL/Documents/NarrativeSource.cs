namespace BudgetGraph.GraphQL.Documents;

/// <summary>
/// A citation of a sentence in a document's narrative (正文, the 情况说明 text around the tables) rather than a table
/// cell: narratives have no table, row or column, so they get their own shape instead of a <see cref="SourceRef"/>.
/// </summary>
public sealed record NarrativeSource(string DocumentId, string? Text, int? Line);
