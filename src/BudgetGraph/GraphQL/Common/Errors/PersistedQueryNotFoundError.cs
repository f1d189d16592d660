using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>
/// A persisted query hash this process does not know. Message and code are the ones Apollo clients look for: on
/// seeing them they send the request again with the query text, which registers it.
/// </summary>
public sealed class PersistedQueryNotFoundError : ExecutionError
{
    public PersistedQueryNotFoundError()
        : base("PersistedQueryNotFound") => Code = ErrorCodes.PersistedQueryNotFound;
}
