using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>
/// A change against a prior year as narratives state it (1/10,000 元, signed), with its reason and the sentences that
/// state it (one per document whose stated changes add up to it).
/// </summary>
public sealed record StatedChange(long Change, string? Reason, IReadOnlyList<NarrativeSource> Sources);
