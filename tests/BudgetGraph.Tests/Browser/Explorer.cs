using Microsoft.Playwright;

namespace BudgetGraph.Tests.Browser;

/// <summary>How the tests drive the explorer page: open it (optionally at a shared link) and find its parts.</summary>
public static class Explorer
{
    /// <summary>The reference department (新乡市红旗区行政审批和政务信息管理局), as the API identifies it.</summary>
    public const string ReferenceDepartment = "410702/DEPARTMENT/028";

    /// <summary>Opens / (with a fragment such as "dept=…&amp;year=2026") and waits until every panel has loaded.</summary>
    public static async Task<IPage> OpenAsync(this IPage page, string fragment = "")
    {
        await page.GotoAsync(fragment.Length == 0 ? "/" : "/#" + fragment);
        await WaitUntilLoadedAsync(page);
        return page;
    }

    public static Task WaitUntilLoadedAsync(this IPage page) =>
        page.Locator("main[data-state='ready']").WaitForAsync();

    public static ILocator FunctionalChart(this IPage page) => page.GetByTestId("functional-chart");

    public static ILocator EconomicChart(this IPage page) => page.GetByTestId("economic-chart");

    public static ILocator Findings(this IPage page) => page.GetByTestId("findings");

    /// <summary>The bar of a breakdown row by its key (a classification code, PROJECT, UNALLOCATED).</summary>
    public static ILocator Bar(this ILocator chart, string key) =>
        chart.Locator($"[data-testid='bar-row'][data-key='{key}']");

    /// <summary>Clicks a row's name to drill down and waits for the next level's rows.</summary>
    public static async Task DrillAsync(this ILocator chart, string key, string expectedChildKey)
    {
        await chart.Bar(key).GetByTestId("drill").ClickAsync();
        await chart.Bar(expectedChildKey).WaitForAsync();
    }
}
