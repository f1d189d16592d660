using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>A request that ran longer than the configured timeout and was cancelled, its database command with it.</summary>
public sealed class RequestTimeoutError : ExecutionError
{
    public RequestTimeoutError(TimeSpan timeout)
        : base($"The request did not complete within {timeout.TotalSeconds:0.###} s and was cancelled; simplify the query or retry later.")
        => Code = ErrorCodes.RequestTimeout;
}
