using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>Query text past the API's limits (QUERY_TOO_LARGE), refused before it is parsed.</summary>
public sealed class QueryTooLargeError : ExecutionError
{
    public QueryTooLargeError(string message, bool isLength = false)
        : base(message)
    {
        Code = ErrorCodes.QueryTooLarge;
        IsLength = isLength;
    }

    /// <summary>The text itself is too long (413), rather than what it asks for (400).</summary>
    public bool IsLength { get; }
}
