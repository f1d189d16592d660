namespace BudgetGraph.Bench.HttpBaseline;

/// <summary>The <c>data</c> member of <see cref="BaselineResponse"/>.</summary>
internal sealed record BaselineData(List<BaselineRow> Breakdown);
