using Microsoft.Extensions.FileProviders;

namespace BudgetGraph.Http;

/// <summary>
/// Serves the GraphiQL bundles that the build copies from node_modules into wwwroot/lib/graphiql (see
/// BudgetGraph.csproj). The build also copies them beside the assembly, which is where they are found when the app
/// runs with a content root that is not the project folder (e.g. `dotnet run --project` from the repository root).
/// </summary>
internal static class GraphiQLAssets
{
    public const string RequestPath = "/lib/graphiql";

    public static void Serve(WebApplication app)
    {
        var folder = new[] { app.Environment.WebRootPath, Path.Combine(AppContext.BaseDirectory, "wwwroot") }
            .Where(root => !string.IsNullOrEmpty(root))
            .Select(root => Path.Combine(root, "lib", "graphiql"))
            .FirstOrDefault(Directory.Exists)
            ?? throw new InvalidOperationException(
                "The GraphiQL bundles are missing from wwwroot/lib/graphiql; build the project (it runs npm ci).");

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = RequestPath,
        });
    }
}
