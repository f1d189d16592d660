using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>Picks the response media type from the Accept header, as GraphQL over HTTP describes.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// graphql-response+json unless the client prefers plain application/json; a missing or wildcard Accept gets
    /// the default, and so does an Accept naming neither (the spec allows answering with it rather than 406).
    /// </summary>
    public static string Negotiate(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept
            .Where(m => m.Quality is not 0)
            .OrderByDescending(m => m.Quality ?? 1);
        foreach (var mediaType in accepted)
        {
            if (IsGraphQLResponse(mediaType))
                return GraphQLResponse;
            if (mediaType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
                return Json;
        }

        return GraphQLResponse;
    }

    private static bool IsGraphQLResponse(MediaTypeHeaderValue mediaType) =>
        mediaType.MatchesAllTypes
        || mediaType.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
        || mediaType.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase);
}
