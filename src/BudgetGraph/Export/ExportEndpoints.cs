using BudgetGraph.Export.DataPackage;
using BudgetGraph.Http;
using BudgetGraph.Ingest.Packages;

namespace BudgetGraph.Export;

/// <summary>
/// Downloads for spreadsheets and scripts under <c>/export</c>: any query's result as CSV or NDJSON
/// (<see cref="ResultExport"/>), and the whole dataset as a Fiscal Data Package (<see cref="DataPackageEndpoints"/>).
/// Public like /graphql: CORS open to every origin and the same per-client rate limit.
/// </summary>
public static class ExportEndpoints
{
    public const string Path = "/export";

    public static WebApplication MapBudgetGraphExports(this WebApplication app)
    {
        var exports = app.MapGroup(Path)
            .RequireCors(GraphQLHttpEndpoint.CorsPolicy)
            .RequireRateLimiting(RateLimits.PerClientPolicy);
        exports.MapGet("/{name}." + CsvResultFormat.Extension, ResultExport.CsvAsync);
        exports.MapGet("/{name}." + NdjsonResultFormat.Extension, ResultExport.NdjsonAsync);
        exports.MapGet("/" + DataPackageDescriptor.DescriptorFile, DataPackageEndpoints.DescriptorAsync);
        exports.MapGet("/" + DataPackageEndpoints.ZipFile, DataPackageEndpoints.ZipAsync);
        exports.MapGet("/" + DataPackageDescriptor.ResourceFolder + "/{resource}.csv", DataPackageEndpoints.ResourceAsync);
        return app;
    }
}
