namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>What a <see cref="QueryToken"/> is.</summary>
internal enum TokenKind
{
    End,
    Punctuator,
    Spread,
    Name,
    Int,
    Float,
    String,
}
