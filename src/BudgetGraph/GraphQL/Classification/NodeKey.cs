using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>A classification code of one scheme in one year.</summary>
public sealed record NodeKey(ClassificationScheme Scheme, int Year, string Code);
