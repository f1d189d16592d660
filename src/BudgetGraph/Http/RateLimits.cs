using System.Globalization;
using System.Threading.RateLimiting;
using BudgetGraph.GraphQL.Common.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace BudgetGraph.Http;

/// <summary>
/// A fixed window of requests per client address on <c>/graphql</c> (<c>RateLimiting:PermitLimit</c> per
/// <c>RateLimiting:WindowSeconds</c>, default 1200 per 60 s), so one client cannot starve the others of a shared
/// server. A refused request gets 429 with Retry-After and a GraphQL-shaped error coded RATE_LIMITED.
/// </summary>
public static class RateLimits
{
    public const string PerClientPolicy = "PerClient";

    public static IServiceCollection AddBudgetGraphRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitLimit", 1200);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:WindowSeconds", 60));
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                HttpCaching.MarkNotCacheable(context.HttpContext.Response);
                return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
                    new { errors = new[] { new { message = "Too many requests from this address; retry later.", extensions = new { code = ErrorCodes.RateLimited } } } },
                    cancellationToken));
            };
        });
    }
}
