using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>
/// HTTP caching of GET answers. The weak ETag names the answer: dataset version, the query (by hash, so a persisted
/// query and its text share it), operation name, variables as sent, response media type and the server build (a
/// new release may answer differently). A client presenting it gets 304 without the query being run; every
/// import changes it. Only successful GETs are cacheable; everything else is <c>no-store</c>.
/// </summary>
internal static class HttpCaching
{
    private static readonly string _build = typeof(HttpCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static EntityTagHeaderValue ETagFor(
        string datasetVersion, string queryHash, string? operationName, string? variables, string mediaType)
    {
        // Operation names are GraphQL names (any other fails and is never cached), so only the last part, the
        // variables as sent, may hold a newline: the joined parts stay unambiguous.
        var key = string.Join('\n', _build, datasetVersion, mediaType, queryHash, operationName ?? "", variables ?? "");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
        return new EntityTagHeaderValue($"\"{hash}\"", isWeak: true);
    }

    /// <summary>If-None-Match names this ETag (weak comparison, as RFC 9110 prescribes for it) or is <c>*</c>.</summary>
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));

    public static void MarkCacheable(HttpResponse response, EntityTagHeaderValue etag, int maxAgeSeconds)
    {
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(maxAgeSeconds) };
    }

    public static void MarkNotCacheable(HttpResponse response) =>
        response.Headers.CacheControl = "no-store";
}
