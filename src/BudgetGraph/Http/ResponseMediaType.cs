using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>Picks the response media type from the Accept header, as GraphQL over HTTP describes.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The /graphql endpoint (GraphQL over HTTP): graphql-response+json when the client names it; application/json for
    /// application/json, a wildcard (*/*, application/*), no Accept at all, or an Accept naming neither (the spec allows
    /// answering with it rather than 406) — a legacy client that names no type gets application/json.
    /// </summary>
    public static string Negotiate(HttpRequest request) => Negotiate(request, Json);

    /// <summary>
    /// A download (the exports): a wildcard or no Accept gets graphql-response+json, so a request that fails before
    /// execution is a 4xx a download tool notices, not a 200 holding errors.
    /// </summary>
    public static string NegotiateDownload(HttpRequest request) => Negotiate(request, GraphQLResponse);

    private static string Negotiate(HttpRequest request, string byDefault)
    {
        var accepted = request.GetTypedHeaders().Accept
            .Where(m => m.Quality is not 0)
            .OrderByDescending(m => m.Quality ?? 1);
        foreach (var mediaType in accepted)
        {
            if (mediaType.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (mediaType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
                return Json;
            if (mediaType.MatchesAllTypes || mediaType.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return byDefault;
        }

        return byDefault;
    }
}
