namespace BudgetGraph.Http;

/// <summary>
/// Where the static files are: the web root (wwwroot under the content root), else the copy the build puts beside the
/// assembly, which is where they are when the app runs with a content root that is not the project folder.
/// </summary>
internal static class WebRootFolders
{
    /// <summary>The first web root holding <paramref name="relativePath"/> (a file or a folder), or null.</summary>
    public static string? Holding(WebApplication app, string relativePath) =>
        new[] { app.Environment.WebRootPath, Path.Combine(AppContext.BaseDirectory, "wwwroot") }
            .Where(root => !string.IsNullOrEmpty(root))
            .FirstOrDefault(root => Path.Exists(Path.Combine(root, relativePath)));
}
