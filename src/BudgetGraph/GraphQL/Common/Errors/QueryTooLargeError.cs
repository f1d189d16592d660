using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>Query text past the API's limits (QUERY_TOO_LARGE), refused before it is parsed.</summary>
public sealed class QueryTooLargeError : ExecutionError
{
    public QueryTooLargeError(string message)
        : base(message) => Code = ErrorCodes.QueryTooLarge;
}
