using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>A page larger than the API serves at once.</summary>
public sealed class PageSizeExceededError : ExecutionError
{
    public PageSizeExceededError(string argument, int requested, int maximum)
        : base($"'{argument}' is {requested}; at most {maximum} items are returned per page.") => Code = ErrorCodes.PageSizeExceeded;
}
