using System.Data.Common;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace BudgetGraph.GraphQL.Common.Errors;

/// <summary>
/// Gives every error one of the API's <c>extensions.code</c> values. Errors raised on purpose carry their code;
/// an exception nobody expected becomes INTERNAL (or DATABASE_UNAVAILABLE) with a generic message, so no exception
/// text or stack trace leaks to clients.
/// </summary>
public sealed class BudgetErrorInfoProvider : IErrorInfoProvider
{
    private static readonly HashSet<string> _apiCodes =
    [
        ErrorCodes.PageSizeExceeded, ErrorCodes.NotFound, ErrorCodes.BadUserInput, ErrorCodes.QueryTooComplex,
        ErrorCodes.DatabaseUnavailable, ErrorCodes.PersistedQueryNotFound, ErrorCodes.RequestTimeout, ErrorCodes.FilterTooLarge,
        ErrorCodes.QueryTooLarge,
    ];

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var code = CodeOf(executionError);
        var message = executionError is UnhandledError ? GenericMessage(code) : executionError.Message;
        return new ErrorInfo
        {
            Message = message,
            Extensions = new Dictionary<string, object?> { ["code"] = code },
        };
    }

    /// <summary>True for a database failure (unreachable server, missing database), which the transport answers with 503.</summary>
    public static bool IsDatabaseUnavailable(ExecutionError error) =>
        error is DatabaseUnavailableError || (error is UnhandledError { InnerException: { } exception } && IsDatabaseFailure(exception));

    /// <summary>
    /// A failure of the database itself: the provider's exception, or the one Npgsql's execution strategy wraps a
    /// transient one in (a refused connection while PostgreSQL is stopped).
    /// </summary>
    public static bool IsDatabaseFailure(Exception exception) =>
        exception is DbException or InvalidOperationException { InnerException: DbException } && !IsDatabaseLimit(exception);

    /// <summary>
    /// The database refused the statement for its size: the client's query is too large for it (SQLite: too many
    /// variables, an expression tree too large; PostgreSQL: program limit exceeded, class 54), not an outage.
    /// </summary>
    public static bool IsDatabaseLimit(Exception exception) =>
        (exception.InnerException is DbException inner ? inner : exception) switch
        {
            Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 1 } sqlite =>
                sqlite.Message.Contains("too many SQL variables", StringComparison.OrdinalIgnoreCase)
                || sqlite.Message.Contains("Expression tree is too large", StringComparison.OrdinalIgnoreCase),
            DbException { SqlState: { } state } => state.StartsWith("54", StringComparison.Ordinal),
            _ => false,
        };

    private static string CodeOf(ExecutionError error) => error switch
    {
        ComplexityError => ErrorCodes.QueryTooComplex,
        UnhandledError { InnerException: { } inner } when IsDatabaseLimit(inner) => ErrorCodes.QueryTooLarge,
        _ when IsDatabaseUnavailable(error) => ErrorCodes.DatabaseUnavailable,
        // The parser refuses nesting beyond its depth limit (64): the client's query is too large, not our bug.
        UnhandledError { InnerException: GraphQLParser.Exceptions.GraphQLMaxDepthExceededException } => ErrorCodes.QueryTooLarge,
        UnhandledError => ErrorCodes.Internal,
        // Our own errors (some raised during validation, like PAGE_SIZE_EXCEEDED) keep their code.
        { Code: { } code } when _apiCodes.Contains(code) => code,
        // A filter too large is refused as the argument is read, which for a literal is during validation.
        _ when Caused<FilterTooLargeError>(error) => ErrorCodes.FilterTooLarge,
        DocumentError or ValidationError => ErrorCodes.ValidationFailed,
        _ => ErrorCodes.Internal,
    };

    private static bool Caused<TError>(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is TError)
                return true;
        }

        return false;
    }

    private static string GenericMessage(string code) => code switch
    {
        ErrorCodes.DatabaseUnavailable => "The database is not available; try again later.",
        ErrorCodes.QueryTooLarge => "The query is too large: it nests deeper than the parser reads, or the database refused the statement for its size.",
        _ => "An internal error occurred.",
    };
}
