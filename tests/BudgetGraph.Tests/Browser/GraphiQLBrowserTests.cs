using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BudgetGraph.Tests.Browser;

/// <summary>/graphql opened in a browser is GraphiQL, and its documentation explorer browses the schema.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiQLBrowserTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task OpenGraphQL_DocsExplorer_ListsQueryFields()
    {
        BrowserFixture.RequireChromium();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/graphql");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await docs.GetByText("Query", new() { Exact = true }).First.ClickAsync();

        foreach (var field in new[] { "breakdown", "compare", "departments", "series" })
            await Expect(docs.Locator(".graphiql-doc-explorer-field-name", new() { HasText = field }).First).ToBeVisibleAsync();
    }
}
