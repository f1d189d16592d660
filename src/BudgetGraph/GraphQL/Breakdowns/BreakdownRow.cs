namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>One group of a breakdown: amount in 1/10,000 元 and its share of the filtered total.</summary>
public sealed record BreakdownRow(string Key, string Label, long Amount, double Share);
