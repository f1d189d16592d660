using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>A classification code of one scheme, over all years.</summary>
public sealed record SchemeCode(ClassificationScheme Scheme, string Code);
