using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>A citation: the document and the place in it a figure was read from.</summary>
public sealed record SourceRef(string DocumentId, SourceLocation Location);
