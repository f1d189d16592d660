using System.Text;

namespace BudgetGraph.Http;

/// <summary>
/// The GraphiQL IDE for a browser opening /graphql. It loads the npm-installed bundles from /lib/graphiql (no CDN,
/// so it works offline and pins the exact versions in package-lock.json) and browses the schema by introspection.
/// </summary>
internal static class GraphiQLPage
{
    private static readonly byte[] _html = Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>BudgetGraph · GraphiQL</title>
          <link rel="stylesheet" href="{{GraphiQLAssets.RequestPath}}/graphiql.min.css">
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="{{GraphiQLAssets.RequestPath}}/react.production.min.js"></script>
          <script src="{{GraphiQLAssets.RequestPath}}/react-dom.production.min.js"></script>
          <script src="{{GraphiQLAssets.RequestPath}}/graphiql.min.js"></script>
          <script>
            const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
            const defaultQuery = `# BudgetGraph: exact decimal amounts, in the unit you ask for
        {
          breakdown(year: 2026, by: FUNCTIONAL, level: 1) {
            key
            label
            amount(unit: WAN_YUAN)
            share
          }
        }
        `;
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
          </script>
        </body>
        </html>
        """);

    /// <summary>Only a client that explicitly accepts HTML (a browser navigating) gets the IDE, never */* alone.</summary>
    public static bool IsWantedBy(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(m =>
            m.Quality is not 0 && m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = _html.Length;
        await response.Body.WriteAsync(_html, cancellationToken);
    }
}
