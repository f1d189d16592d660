namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>Query text past one of <see cref="QueryLimits"/>.</summary>
public sealed class QueryTooLargeException(string message) : Exception(message);
