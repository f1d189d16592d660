using System.Net;
using BudgetGraph.Http;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Export;

/// <summary>
/// <c>GET /export/{name}.csv</c> and <c>.ndjson</c>: the query runs through /graphql's GET pipeline
/// (<see cref="GraphQLHttpHandler"/>: same executer, validation, limits, timeout, ETag) and only a successful result
/// is written as a file; errors are /graphql's JSON answer with its status code.
/// </summary>
internal static class ResultExport
{
    public static Task CsvAsync(HttpContext context, string name) =>
        HandleAsync(context, name, () => new CsvResultFormat(name));

    public static Task NdjsonAsync(HttpContext context, string name) =>
        HandleAsync(context, name, () => new NdjsonResultFormat(name));

    private static Task HandleAsync(HttpContext context, string name, Func<IResultFormat> format)
    {
        if (ExportFileName.IsValid(name))
            return GraphQLHttpHandler.HandleAsync(context, format());

        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var exchange = new GraphQLExchange(context, ResponseMediaType.NegotiateDownload(context.Request), options);
        var error = new GraphQLRequestException(
            $"'{name}' is not an export file name: use letters, digits, '-', '_' and '.', at most {ExportFileName.MaxLength} characters, not starting with '.'.");
        return exchange.WriteAsync(error.ToResult(), HttpStatusCode.BadRequest);
    }
}
