using System.Net;
using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>
/// One GraphQL-over-HTTP request: negotiate the response type, read the request (resolving a persisted query),
/// answer a GET the client already holds with 304, execute with the app's configured executer (all execution
/// options come from AddGraphQL) within the request timeout, and choose the status code and caching headers.
/// </summary>
internal static partial class GraphQLHttpHandler
{
    private static readonly IValidationRule[] _getRules = [QueryOnlyOverGetRule.Instance];

    public static Task HandleAsync(HttpContext context) => HandleCoreAsync(context, format: null);

    /// <summary>A GET whose successful answer <paramref name="format"/> writes (the exports); everything else as for /graphql.</summary>
    public static Task HandleAsync(HttpContext context, IResultFormat format) => HandleCoreAsync(context, format);

    private static async Task HandleCoreAsync(HttpContext context, IResultFormat? format)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && format is null)
        {
            // One URL answers the IDE or JSON, and JSON in the media type Accept picks: caches must key on Accept.
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            if (GraphiQLPage.IsWantedBy(request))
            {
                await GraphiQLPage.WriteAsync(context.Response, context.RequestAborted);
                return;
            }
        }

        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var exchange = new GraphQLExchange(context, format is null ? ResponseMediaType.Negotiate(request) : ResponseMediaType.NegotiateDownload(request), options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            await RespondAsync(exchange, format, timeout.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested && (timeout.IsCancellationRequested || exchange.IsOverdue))
        {
            // The database command has stopped (cancelled, or capped by CommandTimeoutInterceptor) and its context
            // and connection are released: the exception unwound their using blocks.
            LogTimeout(Logger(context), options.RequestTimeout.TotalSeconds);
            if (!context.Response.HasStarted)
                await exchange.WriteAsync(Fail(new RequestTimeoutError(options.RequestTimeout)), HttpStatusCode.GatewayTimeout);
        }
    }

    private static async Task RespondAsync(GraphQLExchange exchange, IResultFormat? format, CancellationToken cancellationToken)
    {
        var incoming = await ReadAsync(exchange, cancellationToken);
        if (incoming is null)
            return;

        // Every read of this request (the dataset version for its ETag, each resolver) sees one committed state.
        await using var snapshot = exchange.Context.RequestServices.GetRequiredService<Startup.SnapshotContextFactory>().Begin();

        EntityTagHeaderValue? etag = null;
        if (exchange.IsGet)
        {
            etag = await ETagAsync(exchange, incoming, format, cancellationToken);
            if (etag is null)
                return;
            // The client holds the answer for this very request and data: nothing to run (not even a persisted query
            // this replica has not learnt yet, since the ETag names it by hash).
            if (HttpCaching.IsNotModified(exchange.Context.Request, etag))
            {
                HttpCaching.MarkCacheable(exchange.Context.Response, etag, exchange.Options.CacheMaxAgeSeconds);
                exchange.Context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        // Apollo servers answer an unknown hash with 200, and Apollo clients expect exactly that before resending.
        if (incoming.Query is null)
        {
            await exchange.WriteAsync(Fail(new PersistedQueryNotFoundError()), HttpStatusCode.OK);
            return;
        }

        var result = await ExecuteAsync(exchange, incoming.Request, incoming.Query, format, cancellationToken);
        if (result.Errors?.Any(BudgetErrorInfoProvider.IsDatabaseUnavailable) == true)
            ThrowIfTimedOut(exchange, cancellationToken);
        // A query that parsed and validated can be asked for by its hash from now on, whether or not it was sent as
        // a persisted query: a client that hashes anything this server has run gets it without the text.
        if (result.Executed)
            exchange.Context.RequestServices.GetRequiredService<PersistedQueryCache>().Remember(incoming.Hash, incoming.Query);

        var status = StatusCodeFor(result, exchange.MediaType);
        if (format is not null && status == HttpStatusCode.OK && result.Errors is not { Count: > 0 })
        {
            if (etag is null)
                HttpCaching.MarkNotCacheable(exchange.Context.Response);
            else
                HttpCaching.MarkCacheable(exchange.Context.Response, etag, exchange.Options.CacheMaxAgeSeconds);
            // Like exchange.WriteAsync: once an answer exists, only the client going away stops writing it.
            await format.WriteAsync(exchange.Context.Response, result, incoming.Request, exchange.Context.RequestAborted);
            return;
        }

        await exchange.WriteAsync(result, status, status == HttpStatusCode.OK && result.Errors is not { Count: > 0 } ? etag : null);
    }

    /// <summary>The request with its query text (null: a persisted query this process does not know); null when it was unreadable and answered.</summary>
    private static async Task<IncomingQuery?> ReadAsync(GraphQLExchange exchange, CancellationToken cancellationToken)
    {
        try
        {
            var request = await GraphQLRequestReader.ReadAsync(exchange.Context.Request, exchange.Serializer, cancellationToken);
            var persisted = PersistedQueryRequest.From(request.Extensions);
            if (!string.IsNullOrWhiteSpace(request.Query))
            {
                persisted?.Verify(request.Query);
                return new IncomingQuery(request, persisted?.Hash ?? QueryHash.Of(request.Query), request.Query);
            }

            if (persisted is null)
                throw new GraphQLRequestException("The request has no query: send {\"query\": \"{ years }\"}.");
            var cache = exchange.Context.RequestServices.GetRequiredService<PersistedQueryCache>();
            return new IncomingQuery(request, persisted.Hash, cache.Find(persisted.Hash));
        }
        catch (GraphQLRequestException ex)
        {
            await exchange.WriteAsync(ex.ToResult(), ex.StatusCode);
            return null;
        }
    }

    /// <summary>The ETag of a GET's answer at the current dataset version; null when the database failed and 503 was answered.</summary>
    private static async Task<EntityTagHeaderValue?> ETagAsync(GraphQLExchange exchange, IncomingQuery incoming, IResultFormat? format, CancellationToken cancellationToken)
    {
        var context = exchange.Context;
        string version;
        try
        {
            version = await context.RequestServices.GetRequiredService<DatasetVersion>().ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (BudgetErrorInfoProvider.IsDatabaseFailure(ex))
        {
            ThrowIfTimedOut(exchange, cancellationToken);
            LogDatabaseUnavailable(Logger(context), ex);
            await exchange.WriteAsync(Fail(new DatabaseUnavailableError()), HttpStatusCode.ServiceUnavailable);
            return null;
        }

        return HttpCaching.ETagFor(version, incoming.Hash, incoming.Request.OperationName, context.Request.Query["variables"], format?.CacheKey ?? exchange.MediaType);
    }

    private static Task<ExecutionResult> ExecuteAsync(
        GraphQLExchange exchange, GraphQLRequest graphQLRequest, string query, IResultFormat? format, CancellationToken cancellationToken)
    {
        var context = exchange.Context;
        IEnumerable<IValidationRule> getRules = format is null ? _getRules : [.. _getRules, .. format.ValidationRules];
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
            // Null keeps the defaults plus the rules AddGraphQL appends; GET adds the query-only rule to both lists
            // so a cached document is checked too.
            ValidationRules = exchange.IsGet ? DocumentValidator.CoreRules.Concat(getRules) : null,
            CachedDocumentValidationRules = exchange.IsGet ? getRules : null,
        });
    }

    private static HttpStatusCode StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e is QueryOnlyOverGetError) == true)
            return HttpStatusCode.MethodNotAllowed;

        // Refusals by size are the client's request whatever the media type (API.md): text longer than the API reads
        // is 413, one past another limit 400.
        if (result.Errors?.OfType<QueryTooLargeError>().FirstOrDefault() is { } tooLarge)
            return tooLarge.IsLength ? HttpStatusCode.RequestEntityTooLarge : HttpStatusCode.BadRequest;

        // A statement the database refused for its size is the client's request: 400, whatever the media type.
        if (result.Errors?.Any(e => e is UnhandledError { InnerException: { } inner } && BudgetErrorInfoProvider.IsDatabaseLimit(inner)) == true)
            return HttpStatusCode.BadRequest;

        // The database is down: say so at the HTTP level too, so clients and load balancers retry elsewhere or later.
        if (result.Errors?.Any(BudgetErrorInfoProvider.IsDatabaseUnavailable) == true)
            return HttpStatusCode.ServiceUnavailable;

        // application/json clients may not understand 4xx bodies, so the spec keeps them on 200; with
        // graphql-response+json a request error (nothing executed, so no data) is a 400.
        return mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? HttpStatusCode.BadRequest
            : HttpStatusCode.OK;
    }

    /// <summary>
    /// A database error once the request's time is up is the timeout, however the provider reported it (SQLite: a
    /// lock wait that gave up at the capped command timeout; Npgsql: its own command timeout firing first).
    /// The clock decides, not only the token: its timer may fire a little late under load, after a capped command
    /// already gave up.
    /// </summary>
    private static void ThrowIfTimedOut(GraphQLExchange exchange, CancellationToken cancellationToken)
    {
        if (exchange.IsOverdue)
            throw new OperationCanceledException("The request timed out.", cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static ExecutionResult Fail(ExecutionError error) => new() { Errors = [error] };

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpHandler));

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL request cancelled after the {Seconds} s timeout.")]
    private static partial void LogTimeout(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database does not answer the dataset version query.")]
    private static partial void LogDatabaseUnavailable(ILogger logger, Exception exception);
}
