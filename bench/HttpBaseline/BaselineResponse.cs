namespace BudgetGraph.Bench.HttpBaseline;

/// <summary>The GraphQL response envelope, <c>{"data":{"breakdown":[...]}}</c>, so both endpoints send the same JSON.</summary>
internal sealed record BaselineResponse(BaselineData Data);
