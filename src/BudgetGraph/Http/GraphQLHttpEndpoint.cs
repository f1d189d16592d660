using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Http;

/// <summary>
/// Wires GraphQL over HTTP at <c>/graphql</c>: POST and GET (with persisted queries, ETags and Cache-Control, see
/// <see cref="GraphQLHttpOptions"/>), the GraphiQL IDE for browsers, and CORS open to every origin because the API
/// is public and read-only (front-ends on other sites call it directly).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    /// <summary>Open to every origin; also applied to the exports (/export), which serve the same public data.</summary>
    internal const string CorsPolicy = "PublicReadOnly";

    public static IServiceCollection AddBudgetGraphHttp(this IServiceCollection services) =>
        services
            .AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
                .AllowAnyOrigin()
                .AllowAnyHeader()
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                // Scripts on other sites may read these (Cache-Control is readable anyway): revalidation and backoff,
                // and an export's file name.
                .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.ContentDisposition)
                .SetPreflightMaxAge(TimeSpan.FromHours(1))))
            // JSON of breakdowns and tables compresses about tenfold; the data is public, so compressing over HTTPS
            // leaks nothing (no secrets in responses for BREACH-style attacks to recover).
            .AddResponseCompression(options =>
            {
                options.EnableForHttps = true;
                options.MimeTypes = [ResponseMediaType.GraphQLResponse, ResponseMediaType.Json, "text/html", "text/javascript", "text/css", "text/csv", "application/x-ndjson"];
            })
            .AddSingleton<PersistedQueryCache>()
            .AddSingleton<DatasetVersion>()
            // AddBudgetData attaches every IInterceptor service to the contexts it creates.
            .AddSingleton<IInterceptor, CommandTimeoutInterceptor>()
            .AddOptions<GraphQLHttpOptions>()
            .BindConfiguration(GraphQLHttpOptions.Section)
            .Validate(options => options.IsValid, "Http:RequestTimeoutSeconds and Http:PersistedQueryCacheCharacters must be positive, Http:CacheMaxAgeSeconds and Http:DatasetVersionCacheSeconds not negative.")
            .ValidateOnStart()
            .Services;

    public static WebApplication MapBudgetGraphHttp(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();
        GraphiQLAssets.Serve(app);
        ExplorerPage.Serve(app);
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], GraphQLHttpHandler.HandleAsync)
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RateLimits.PerClientPolicy);
        return app;
    }
}
