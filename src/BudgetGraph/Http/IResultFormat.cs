using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;

namespace BudgetGraph.Http;

/// <summary>
/// Another representation of a successful GET's answer than GraphQL JSON (the CSV and NDJSON exports). The request
/// runs through <see cref="GraphQLHttpHandler"/> exactly as a GET of /graphql does; a result with errors, and every
/// request that cannot run, is still answered with GraphQL JSON and /graphql's status code.
/// </summary>
internal interface IResultFormat
{
    /// <summary>Names the representation in the ETag, so it is never confused with /graphql's JSON for the same query.</summary>
    string CacheKey { get; }

    /// <summary>Validation rules the format needs besides /graphql's (run on cached documents too).</summary>
    IReadOnlyList<IValidationRule> ValidationRules { get; }

    /// <summary>Writes a result that executed without errors; status and caching headers are already set.</summary>
    Task WriteAsync(HttpResponse response, ExecutionResult result, GraphQLRequest request, CancellationToken cancellationToken);
}
