using GraphQL;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>The database failed before any query ran (e.g. reading the dataset version for a GET); answered 503.</summary>
public sealed class DatabaseUnavailableError : ExecutionError
{
    public DatabaseUnavailableError()
        : base("The database is not available; try again later.") => Code = ErrorCodes.DatabaseUnavailable;
}
