using System.Net;
using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;

namespace BudgetGraph.Http;

/// <summary>
/// A request that cannot be read as GraphQL (malformed JSON, no query, unsupported body type); answered before
/// execution with a GraphQL-shaped error whose code is BAD_USER_INPUT.
/// </summary>
public sealed class GraphQLRequestException : Exception
{
    public GraphQLRequestException(string message, HttpStatusCode statusCode = HttpStatusCode.BadRequest)
        : base(message) => StatusCode = statusCode;

    public GraphQLRequestException()
    {
    }

    public GraphQLRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode StatusCode { get; } = HttpStatusCode.BadRequest;

    public ExecutionResult ToResult() => new()
    {
        Errors = [new ExecutionError(Message) { Code = ErrorCodes.BadUserInput }],
    };
}
