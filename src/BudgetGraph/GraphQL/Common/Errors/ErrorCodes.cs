namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>The <c>extensions.code</c> values the API promises (API.md).</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string Internal = "INTERNAL";

    /// <summary>An automatic persisted query whose hash this process has not seen; the client resends it with its text.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The request ran longer than <c>Http:RequestTimeoutSeconds</c> and was cancelled (HTTP 504).</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>A request refused for its size before it is parsed or analysed (today: nesting deeper than the parser reads).</summary>
    public const string QueryTooLarge = "QUERY_TOO_LARGE";

    /// <summary>An in/nin list or and/or branches beyond the filter limits (FilterLimits).</summary>
    public const string FilterTooLarge = "FILTER_TOO_LARGE";
}
