using Microsoft.Extensions.FileProviders;

namespace BudgetGraph.Http;

/// <summary>
/// Serves the explorer at <c>/</c>: wwwroot/index.html and its ES modules in wwwroot/explorer, static files with no
/// build step that read the data through the public <c>/graphql</c> endpoint like any front-end. As with the GraphiQL
/// bundles, the build also copies them beside the assembly, where they are found when the content root is elsewhere.
/// </summary>
internal static class ExplorerPage
{
    private const string IndexFile = "index.html";

    public static void Serve(WebApplication app)
    {
        var folder = WebRootFolders.Holding(app, IndexFile)
            ?? throw new InvalidOperationException("The explorer page is missing: wwwroot/index.html was not found.");

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = [IndexFile] });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The page's modules change with every release and are small: revalidate (ETag) rather than cache stale code.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
