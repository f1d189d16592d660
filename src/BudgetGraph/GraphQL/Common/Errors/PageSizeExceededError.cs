using GraphQL.Validation;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>
/// A page larger than the API serves at once. Raised while the request is validated (literal or variable), so a
/// query asking for too much is refused before any resolver runs and before any SQL is sent.
/// </summary>
public sealed class PageSizeExceededError : ValidationError
{
    public PageSizeExceededError(string argument, int requested, int maximum)
        : base($"'{argument}' is {requested}; at most {maximum} items are returned per page.") => Code = ErrorCodes.PageSizeExceeded;
}
