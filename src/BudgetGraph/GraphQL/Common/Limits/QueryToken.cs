namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>A token of query text: its kind and where it stands.</summary>
internal readonly record struct QueryToken(TokenKind Kind, int Start, int Length);
