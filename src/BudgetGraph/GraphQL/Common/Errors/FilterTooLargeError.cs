using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>A filter with more items or branches than the API reads (FILTER_TOO_LARGE), refused before the database sees it.</summary>
public sealed class FilterTooLargeError : ExecutionError
{
    public FilterTooLargeError(string message)
        : base(message) => Code = ErrorCodes.FilterTooLarge;
}
