using BudgetGraph.Data;
using BudgetGraph.GraphQL.Common.Errors;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Http;

/// <summary>
/// Probes for an orchestrator or load balancer: <c>/healthz</c> says the process serves requests (liveness);
/// <c>/readyz</c> says it can answer queries, i.e. the database answers (readiness) — 503 with the API's
/// DATABASE_UNAVAILABLE code when it does not, so a replica is taken out of rotation instead of failing queries.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        // A cached probe answer would hide the state it reports.
        app.MapGet("/healthz", (HttpResponse response) =>
        {
            HttpCaching.MarkNotCacheable(response);
            return Results.Text("ok");
        });
        app.MapGet("/readyz", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(
        IDbContextFactory<BudgetDbContext> contexts, ILoggerFactory loggers, HttpResponse response, CancellationToken cancellationToken)
    {
        HttpCaching.MarkNotCacheable(response);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var documents = await db.Documents.CountAsync(cancellationToken);
            return Results.Json(new { status = "ready", documents });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(HealthEndpoints)).LogWarning(exception, "Readiness probe: the database does not answer.");
            return Results.Json(new { status = "unavailable", code = ErrorCodes.DatabaseUnavailable }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
