namespace BudgetGraph.Bench.HttpBaseline;

/// <summary>One row of the answer, named as GraphQL's BreakdownRow fields.</summary>
internal sealed record BaselineRow(string Key, string Label, decimal Amount, double Share);
