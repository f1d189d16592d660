using System.Net;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>
/// Reads a GraphQL request from a POST body (application/json, or application/graphql holding just the query) or
/// from GET query-string parameters, where variables and extensions are JSON-encoded.
/// </summary>
internal static class GraphQLRequestReader
{
    public static async Task<GraphQLRequest> ReadAsync(
        HttpRequest request, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        // The query may be missing here: a persisted query names it by hash (the handler checks one of them is there).
        return HttpMethods.IsGet(request.Method)
            ? FromQueryString(request.Query, serializer)
            : await FromBodyAsync(request, serializer, cancellationToken);
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = query["query"],
        OperationName = query["operationName"],
        Variables = ParseJson(query["variables"], "variables", serializer),
        Extensions = ParseJson(query["extensions"], "extensions", serializer),
    };

    private static async Task<GraphQLRequest> FromBodyAsync(
        HttpRequest request, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        // A missing Content-Type is read as JSON: many small clients forget it.
        var contentType = request.ContentType;
        if (contentType is not null)
        {
            contentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed)
                ? parsed.MediaType.Value
                : throw new GraphQLRequestException($"Content-Type '{contentType}' is not a media type.", HttpStatusCode.UnsupportedMediaType);
        }

        if (contentType is null || contentType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken)
                    ?? throw new GraphQLRequestException("The request body is empty or null; expected a JSON object.");
            }
            catch (JsonException ex)
            {
                throw new GraphQLRequestException($"The request body is not a valid GraphQL JSON request: {ex.Message}");
            }
        }

        if (contentType.Equals("application/graphql", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body);
            return new GraphQLRequest { Query = await reader.ReadToEndAsync(cancellationToken) };
        }

        throw new GraphQLRequestException(
            $"Unsupported Content-Type '{contentType}': use application/json or application/graphql.",
            HttpStatusCode.UnsupportedMediaType);
    }

    private static Inputs? ParseJson(string? value, string parameter, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        try
        {
            return serializer.Deserialize<Inputs>(value);
        }
        catch (JsonException ex)
        {
            throw new GraphQLRequestException($"The '{parameter}' parameter is not a JSON object: {ex.Message}");
        }
    }
}
