using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Series;

/// <summary>A group's amount in one year (1/10,000 元) and its cells; null when the group has no lines that year.</summary>
public sealed record SeriesPoint(int Year, long? Amount, IReadOnlyList<SourceRef> Sources);
