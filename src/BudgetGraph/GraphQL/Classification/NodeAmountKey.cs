using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// A node's rolled-up amount for a year, stage and filter. The filter travels as its JSON so that equal filters
/// from different list items batch together (keys compare by value).
/// </summary>
public sealed record NodeAmountKey(ClassificationScheme Scheme, string Code, int Year, BudgetStage Stage, string FilterJson);
