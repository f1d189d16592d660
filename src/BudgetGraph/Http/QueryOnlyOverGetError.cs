using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace BudgetGraph.Http;

/// <summary>A mutation or subscription sent with GET; the handler turns it into 405 Method Not Allowed.</summary>
public sealed class QueryOnlyOverGetError : ValidationError
{
    public QueryOnlyOverGetError(ROM originalQuery, ASTNode node, string message)
        : base(originalQuery, null, message, node)
    {
    }
}
