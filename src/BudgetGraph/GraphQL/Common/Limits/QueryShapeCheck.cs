using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace BudgetGraph.GraphQL.Common.Limits;

/// <summary>
/// Runs <see cref="QueryShape"/> on every query text not yet parsed, inside the validated-document cache (a cached
/// document passed it already), so nothing parses, validates or analyses text past the limits.
/// </summary>
public sealed class QueryShapeCheck(QueryLimits limits, ILogger<QueryShapeCheck> logger) : IConfigureExecution
{
    /// <summary>After the validated-document cache (200): only text the cache has not seen is read.</summary>
    public float SortOrder => 300;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query || QueryShape.Check(query, limits) is not { } problem)
            return next(options);
        if (!problem.IsSyntax)
            logger.LogInformation("Refused a query past the API's limits (QUERY_TOO_LARGE): {Reason}", problem.Message);
        return Task.FromResult(new ExecutionResult { Errors = [problem.ToError()] });
    }
}
