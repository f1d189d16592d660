namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>Query text that is not a GraphQL executable document, at a character position.</summary>
public sealed class QuerySyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
