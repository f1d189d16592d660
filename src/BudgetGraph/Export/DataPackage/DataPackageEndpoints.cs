using System.Net;
using BudgetGraph.Data;
using BudgetGraph.GraphQL.Common.Errors;
using BudgetGraph.Http;
using BudgetGraph.Ingest.Packages;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Export.DataPackage;

/// <summary>
/// The whole dataset as a Fiscal Data Package: <c>/export/datapackage.json</c> (the descriptor),
/// <c>/export/datapackage/{resource}.csv</c> (one table) and <c>/export/datapackage.zip</c> (all of it in one file).
/// Answers carry an ETag of the dataset version, so a client that holds the current files gets 304. A download is
/// not bound to Http:RequestTimeoutSeconds: a large dataset takes as long as the client takes to read it.
/// </summary>
internal static partial class DataPackageEndpoints
{
    public const string ZipFile = "datapackage.zip";

    public static Task DescriptorAsync(HttpContext context) =>
        AnswerAsync(context, async (db, cancellationToken) =>
        {
            var facts = await DataPackageFacts.ReadAsync(db, cancellationToken);
            var counts = new Dictionary<string, long>();
            foreach (var resource in TableResources.All)
                counts[resource.Name] = await resource.CountAsync(db, cancellationToken);
            var descriptor = DataPackageDescriptor.Build(facts, counts);
            context.Response.ContentType = "application/json; charset=utf-8";
            return async () => await context.Response.Body.WriteAsync(descriptor, context.RequestAborted);
        });

    public static Task ResourceAsync(HttpContext context, string resource)
    {
        if (TableResources.Find(resource) is not { } table)
        {
            var names = string.Join(", ", TableResources.All.Select(r => r.Name + ".csv"));
            return WriteErrorAsync(context, new ExecutionError($"No data package resource '{resource}.csv'; there are {names}.") { Code = ErrorCodes.NotFound }, HttpStatusCode.NotFound);
        }

        return AnswerAsync(context, (db, _) =>
        {
            ExportFileName.Prepare(context.Response, table.Name, "csv", "text/csv; charset=utf-8");
            return Task.FromResult<Func<Task>>(() => ResourceCsv.WriteAsync(table, db, context.Response.Body, context.RequestAborted));
        });
    }

    public static Task ZipAsync(HttpContext context) =>
        AnswerAsync(context, async (db, cancellationToken) =>
        {
            var facts = await DataPackageFacts.ReadAsync(db, cancellationToken);
            ExportFileName.Prepare(context.Response, "budgetgraph-datapackage", "zip", "application/zip");
            return () => DataPackageZip.WriteAsync(db, facts, context.Response.Body, context.RequestAborted);
        });

    /// <summary>
    /// Answers 304 when the client holds the current version, else prepares the answer (reading what the headers
    /// need; a database that does not answer is 503) and writes it. Once the body has started, a failure can only
    /// end the connection.
    /// </summary>
    private static async Task AnswerAsync(HttpContext context, Func<BudgetDbContext, CancellationToken, Task<Func<Task>>> prepare)
    {
        var cancellationToken = context.RequestAborted;
        var response = context.Response;
        // The version in the ETag and every resource of the package come from one committed state.
        await using var snapshot = context.RequestServices.GetRequiredService<Startup.SnapshotContextFactory>().Begin();
        try
        {
            var version = await context.RequestServices.GetRequiredService<DatasetVersion>().ReadAsync(cancellationToken);
            var etag = HttpCaching.ETagFor(version, context.Request.Path, null, null, "datapackage");
            var options = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            HttpCaching.MarkCacheable(response, etag, options.CacheMaxAgeSeconds);
            if (HttpCaching.IsNotModified(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            var contexts = context.RequestServices.GetRequiredService<IDbContextFactory<BudgetDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var write = await prepare(db, cancellationToken);
            await write();
        }
        catch (Exception ex) when (BudgetErrorInfoProvider.IsDatabaseFailure(ex) && !response.HasStarted)
        {
            LogDatabaseUnavailable(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataPackageEndpoints)), ex);
            response.Headers.Remove(HeaderNames.ContentDisposition);
            response.Headers.Remove(HeaderNames.ETag);
            await WriteErrorAsync(context, new DatabaseUnavailableError(), HttpStatusCode.ServiceUnavailable);
        }
    }

    /// <summary>An error as /graphql answers one: GraphQL JSON in the negotiated media type, not cacheable.</summary>
    private static Task WriteErrorAsync(HttpContext context, ExecutionError error, HttpStatusCode status)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var exchange = new GraphQLExchange(context, ResponseMediaType.NegotiateDownload(context.Request), options);
        return exchange.WriteAsync(new ExecutionResult { Errors = [error] }, status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data package export: the database does not answer.")]
    private static partial void LogDatabaseUnavailable(ILogger logger, Exception exception);
}
