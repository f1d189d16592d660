using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>One group of a breakdown: amount in 1/10,000 元, its share of the filtered total and the cells it adds up (null when the query
/// selects none: the sums were read without them).</summary>
public sealed record BreakdownRow(string Key, string Label, long Amount, double Share, IReadOnlyList<SourceRef>? Sources);
