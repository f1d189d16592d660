using Microsoft.Extensions.FileProviders;

namespace BudgetGraph.Http;

/// <summary>
/// Serves the GraphiQL bundles that the build copies from node_modules into wwwroot/lib/graphiql (see
/// BudgetGraph.csproj), from the web root or the build output's copy (<see cref="WebRootFolders"/>).
/// </summary>
internal static class GraphiQLAssets
{
    public const string RequestPath = "/lib/graphiql";

    public static void Serve(WebApplication app)
    {
        var bundles = Path.Combine("lib", "graphiql");
        var folder = (WebRootFolders.Holding(app, bundles) is { } root ? Path.Combine(root, bundles) : null)
            ?? throw new InvalidOperationException(
                "The GraphiQL bundles are missing from wwwroot/lib/graphiql; build the project (it runs npm ci).");

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = RequestPath,
        });
    }
}
