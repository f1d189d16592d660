using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Validation;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BudgetGraph.Tests.Browser;

/// <summary>
/// The explorer at / in headless Chromium over the bundled reference disclosure: the figures a reader checks first
/// (DOMAIN.md, "figures in that file"), the drill-down 类 → 款 → 项, the English toggle and a phone-width screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Open_Root_ShowsReferenceDepartment2026ByClassAndTheFinding()
    {
        BrowserFixture.RequireChromium();
        var page = await (await browser.NewPageAsync()).OpenAsync();

        await Expect(page.GetByTestId("department-name")).ToHaveTextAsync("新乡市红旗区行政审批和政务信息管理局");
        await Expect(page.GetByTestId("year")).ToHaveValueAsync("2026");
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("250.65");
        var functional = page.FunctionalChart();
        await Expect(functional).ToContainTextAsync("万元");
        await Expect(functional.Bar("201")).ToContainTextAsync("一般公共服务支出");
        await Expect(functional.Bar("201").GetByTestId("amount")).ToHaveTextAsync("216.19");
        await Expect(functional.Bar("208").GetByTestId("amount")).ToHaveTextAsync("16.43");
        await Expect(functional.Bar("221").GetByTestId("amount")).ToHaveTextAsync("18.03");
        // Every figure cites the cells it adds up: 216.19 is table 03's rows 3 and 4.
        await Expect(functional.Bar("201").GetByTestId("amount")).ToHaveAttributeAsync("title", new Regex("表03 部门支出总体情况表, 第3行"));

        // Table 07 lacks table 06's two 福利费 rows: 3.75 万元, a WARNING shown in the panel and on the 302 row it touches.
        var finding = page.Findings().Locator("[data-code='ECONOMIC_SUMMARY_TOTAL_MISMATCH']");
        await Expect(finding.GetByTestId("finding-difference")).ToHaveTextAsync("3.75");
        await Expect(finding).ToContainTextAsync("表07 支出经济分类汇总表, 第1行");
        await Expect(finding).ToContainTextAsync("表06 一般公共预算基本支出表, 第22行");
        // Its title is the check's description in the API's registry (Query.checks).
        await Expect(finding).ToContainTextAsync(CheckRegistry.EconomicSummaryTotalMismatch.Description);
        await Expect(page.EconomicChart().Bar("302").GetByTestId("finding-mark")).ToContainTextAsync("3.75");

        // The selection is in the URL, so the view can be shared.
        Assert.Contains($"dept={Explorer.ReferenceDepartment}&year=2026", page.Url, StringComparison.Ordinal);
        await SaveScreenshotAsync(page, "explorer-desktop.png", copyToDocs: true);
    }

    [SkippableFact]
    public async Task ClickClass_ThenSection_ShowsItsItemsWithAmountsAndSources()
    {
        BrowserFixture.RequireChromium();
        var page = await (await browser.NewPageAsync()).OpenAsync();
        var functional = page.FunctionalChart();

        await functional.DrillAsync("201", "20103");
        await Expect(functional.GetByTestId("level")).ToHaveTextAsync("款");
        await Expect(functional.Bar("20103").GetByTestId("amount")).ToHaveTextAsync("216.19");
        // The next level by keyboard: the names are real buttons.
        await functional.Bar("20103").GetByTestId("drill").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await functional.Bar("2010301").WaitForAsync();

        await Expect(functional.GetByTestId("level")).ToHaveTextAsync("项");
        await Expect(functional.GetByTestId("bar-row")).ToHaveCountAsync(2);
        await Expect(functional.Bar("2010301")).ToContainTextAsync("行政运行");
        await Expect(functional.Bar("2010301").GetByTestId("amount")).ToHaveTextAsync("195.6");
        await Expect(functional.Bar("2010399")).ToContainTextAsync("其他政府办公厅（室）及相关机构事务支出");
        await Expect(functional.Bar("2010399").GetByTestId("amount")).ToHaveTextAsync("20.59");
        await Expect(functional.GetByTestId("drill")).ToHaveCountAsync(0);
        Assert.Contains("fn=20103", page.Url, StringComparison.Ordinal);

        // The number opens its sources: 行政运行 is table 03's row 3, three columns.
        await functional.Bar("2010301").GetByTestId("amount").ClickAsync();
        var sources = functional.Bar("2010301").GetByTestId("source-list");
        await Expect(sources).ToBeVisibleAsync();
        await Expect(sources.Locator("li")).ToHaveCountAsync(3);
        await Expect(sources).ToContainTextAsync("表03 部门支出总体情况表, 第3行, 工资福利支出列");

        // The breadcrumb goes back up to the classes.
        await functional.GetByTestId("breadcrumb").GetByRole(AriaRole.Button, new() { Name = "全部" }).ClickAsync();
        await Expect(functional.Bar("201").GetByTestId("amount")).ToHaveTextAsync("216.19");
        await Expect(functional.GetByTestId("bar-row")).ToHaveCountAsync(3);
    }

    [SkippableFact]
    public async Task BrowserBack_AfterDrillingDown_ReturnsLevelByLevel()
    {
        BrowserFixture.RequireChromium();
        var page = await (await browser.NewPageAsync()).OpenAsync();
        var functional = page.FunctionalChart();
        await functional.DrillAsync("201", "20103");
        await functional.DrillAsync("20103", "2010301");
        await Expect(functional.GetByTestId("level")).ToHaveTextAsync("项");

        await page.GoBackAsync();
        await Expect(functional.GetByTestId("level")).ToHaveTextAsync("款");
        await Expect(functional.Bar("20103").GetByTestId("amount")).ToHaveTextAsync("216.19");
        Assert.Contains("fn=201", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("fn=20103", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        await Expect(functional.GetByTestId("level")).ToHaveTextAsync("类");
        await Expect(functional.Bar("201").GetByTestId("amount")).ToHaveTextAsync("216.19");
        await Expect(functional.GetByTestId("bar-row")).ToHaveCountAsync(3);

        await page.GoForwardAsync();
        await Expect(functional.GetByTestId("level")).ToHaveTextAsync("款");
        await Expect(functional.Bar("20103").GetByTestId("amount")).ToHaveTextAsync("216.19");
    }

    [SkippableFact]
    public async Task EconomicRowMark_LeadsToTheFinding_AndDrillsToTheWelfareRows()
    {
        BrowserFixture.RequireChromium();
        var page = await (await browser.NewPageAsync()).OpenAsync();
        var economic = page.EconomicChart();

        await economic.Bar("302").GetByTestId("finding-mark").ClickAsync();
        var finding = page.Findings().Locator("[data-code='ECONOMIC_SUMMARY_TOTAL_MISMATCH']");
        await Expect(finding).ToBeFocusedAsync();

        // 302's 款: 30229 福利费 is the 3.18 + 0.57 that table 07 lacks, marked with the same finding.
        await economic.DrillAsync("302", "30229");
        await Expect(economic.Bar("30229")).ToContainTextAsync("福利费");
        await Expect(economic.Bar("30229").GetByTestId("amount")).ToHaveTextAsync("3.75");
        await Expect(economic.Bar("30229").GetByTestId("finding-mark")).ToContainTextAsync("3.75");
        await Expect(economic.Bar("30201").GetByTestId("finding-mark")).ToHaveCountAsync(0);
        Assert.Contains("eco=302", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SwitchToEnglish_ChangesHeadingsAndUsesEnglishNames()
    {
        BrowserFixture.RequireChromium();
        var page = await (await browser.NewPageAsync()).OpenAsync();

        await page.GetByTestId("lang-toggle").ClickAsync();
        await page.WaitUntilLoadedAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#functional-title")).ToHaveTextAsync("By functional classification");
        await Expect(page.Locator("#findings-title")).ToHaveTextAsync("Findings");
        var functional = page.FunctionalChart();
        await Expect(functional.Bar("201")).ToContainTextAsync("General public services");
        await Expect(functional.Bar("201").GetByTestId("amount")).ToHaveTextAsync("216.19");
        await Expect(page.EconomicChart().Bar("PROJECT")).ToContainTextAsync("Project spending");
        await Expect(page.Findings().Locator("[data-code='ECONOMIC_SUMMARY_TOTAL_MISMATCH']")).ToContainTextAsync(CheckRegistry.EconomicSummaryTotalMismatch.DescriptionEn);
        Assert.Contains("lang=en", page.Url, StringComparison.Ordinal);

        // A shared link opens in the same language at the same level.
        var shared = await browser.NewPageAsync();
        await shared.OpenAsync($"dept={Explorer.ReferenceDepartment}&year=2026&lang=en&fn=201");
        await Expect(shared.FunctionalChart().Bar("20103")).ToContainTextAsync("Government general offices and related agencies");
        await Expect(shared.GetByTestId("lang-toggle")).ToHaveTextAsync("中文");
    }

    [SkippableFact]
    public async Task PhoneWidth_NoHorizontalScrolling_ChartVisible()
    {
        BrowserFixture.RequireChromium();
        var page = await (await browser.NewPageAsync(375, 812)).OpenAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");

        Assert.True(scrollWidth <= 375, $"The page scrolls sideways at 375 px: scrollWidth {scrollWidth}");
        await Expect(page.FunctionalChart().Bar("201")).ToBeVisibleAsync();
        await Expect(page.FunctionalChart().Bar("201").GetByTestId("amount")).ToHaveTextAsync("216.19");
        await SaveScreenshotAsync(page, "explorer-phone.png", copyToDocs: false);
    }

    /// <summary>
    /// A full-page screenshot under TestResults/browser. The desktop one becomes the README's picture (docs/explorer.png)
    /// only when BUDGETGRAPH_UPDATE_SCREENSHOT=1 asks for it, so a test run does not leave a changed file in the tree.
    /// </summary>
    private static async Task SaveScreenshotAsync(IPage page, string fileName, bool copyToDocs)
    {
        var path = Path.Combine(BrowserFixture.ArtifactDirectory, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (copyToDocs && Environment.GetEnvironmentVariable("BUDGETGRAPH_UPDATE_SCREENSHOT") == "1")
        {
            var docs = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs"));
            File.Copy(path, Path.Combine(docs.FullName, "explorer.png"), overwrite: true);
        }
    }
}
