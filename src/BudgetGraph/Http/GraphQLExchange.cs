using System.Diagnostics;
using System.Net;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>The request being answered and what every response to it needs.</summary>
internal sealed class GraphQLExchange(HttpContext context, string mediaType, GraphQLHttpOptions options)
{
    public HttpContext Context { get; } = context;

    public string MediaType { get; } = mediaType;

    public GraphQLHttpOptions Options { get; } = options;

    public bool IsGet { get; } = HttpMethods.IsGet(context.Request.Method);

    /// <summary>When handling began, for <see cref="IsOverdue"/>.</summary>
    public long Started { get; } = Stopwatch.GetTimestamp();

    /// <summary>The request has run for its whole timeout.</summary>
    public bool IsOverdue => Stopwatch.GetElapsedTime(Started) >= Options.RequestTimeout;

    public IGraphQLTextSerializer Serializer { get; } = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();

    /// <summary>Writes the result; with an ETag it is a cacheable GET answer, without one <c>no-store</c>.</summary>
    public async Task WriteAsync(ExecutionResult result, HttpStatusCode status, EntityTagHeaderValue? etag = null)
    {
        var response = Context.Response;
        response.StatusCode = (int)status;
        if (status == HttpStatusCode.MethodNotAllowed)
            response.Headers.Allow = HttpMethods.Post;
        if (etag is null)
            HttpCaching.MarkNotCacheable(response);
        else
            HttpCaching.MarkCacheable(response, etag, Options.CacheMaxAgeSeconds);
        response.ContentType = MediaType + "; charset=utf-8";
        // Writing is not bound to the timeout: once an answer exists, only the client going away stops it.
        await Serializer.WriteAsync(response.Body, result, Context.RequestAborted);
    }
}
