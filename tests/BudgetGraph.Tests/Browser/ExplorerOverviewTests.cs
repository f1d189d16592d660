using System.Globalization;
using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BudgetGraph.Tests.Browser;

/// <summary>
/// The explorer's first view: the line on how many regions, departments and years the database holds, and the search
/// by department name that opens a department. What the page should show is counted in the test's database, never
/// written down, so the tests hold whatever the fixture imported.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerOverviewTests(BrowserFixture browser)
{
    private const string ReferenceName = "新乡市红旗区行政审批和政务信息管理局";

    [SkippableFact]
    public async Task Open_Root_CountsTheRegionsDepartmentsAndYearsTheDatabaseHolds()
    {
        BrowserFixture.RequireChromium();
        var held = await CountHeldAsync();
        var page = await (await browser.NewPageAsync()).OpenAsync();

        await Expect(page.GetByTestId("counts")).ToHaveTextAsync(
            $"{held.Regions} 个地区 · {held.Departments} 个部门 · {held.YearSpan} 年（共 {held.Years} 个年度）");
        // The default view is still the reference department, even where another region sorts before it.
        await Expect(page.GetByTestId("department-name")).ToHaveTextAsync(ReferenceName);

        await page.GetByTestId("lang-toggle").ClickAsync();
        await Expect(page.GetByTestId("counts")).ToHaveTextAsync(
            $"{Plural(held.Regions, "region")} · {Plural(held.Departments, "department")} · {held.YearSpan} ({Plural(held.Years, "year")})");
    }

    [SkippableFact]
    public async Task Search_PartOfReferenceName_ListsItAndChoosingItOpensItsView()
    {
        BrowserFixture.RequireChromium();
        const string Part = "行政审批和政务";
        await using var db = new BudgetDbContext(browser.CreateDbContextOptions());
        var matches = await db.Departments.CountAsync(d => d.Scope == Scope.Department && d.Name.Contains(Part));
        var referenceYears = await db.Documents.Where(d => d.DepartmentId == Explorer.ReferenceDepartment)
            .Select(d => d.Year).Distinct().OrderBy(y => y).ToListAsync();
        // Start from another department where the database holds one, else from a drill-down of the reference: either
        // way choosing the match must change the view.
        var other = await db.Departments.Where(d => d.Scope == Scope.Department && d.Id != Explorer.ReferenceDepartment)
            .OrderBy(d => d.Id).FirstOrDefaultAsync();
        var page = await (await browser.NewPageAsync()).OpenAsync(other is null
            ? $"dept={Explorer.ReferenceDepartment}&year=2026&fn=201"
            : "dept=" + Uri.EscapeDataString(other.Id));
        var startName = other?.Name ?? ReferenceName;
        await Expect(page.GetByTestId("department-name")).ToHaveTextAsync(startName);

        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "按部门名称查找" });
        await input.FillAsync(Part);

        await Expect(page.GetByTestId("search-status")).ToHaveTextAsync($"找到 {matches} 个部门。");
        var results = page.GetByTestId("search-result");
        await Expect(results).ToHaveCountAsync(matches);
        var reference = page.Locator($"[data-testid='search-result'][data-id='{Explorer.ReferenceDepartment}']");
        await Expect(reference.GetByTestId("result-name")).ToHaveTextAsync(ReferenceName);
        await Expect(reference.GetByTestId("result-region")).ToHaveTextAsync("新乡市红旗区 (410702)");
        await Expect(reference.GetByTestId("result-years")).ToHaveTextAsync("年度：" + string.Join('、', referenceYears));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactDirectory, "explorer-search.png") });

        // By keyboard: down from the field to the match (wherever the name sorts among the matches), then Enter.
        var ids = await results.EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.id)");
        for (var step = 0; step <= Array.IndexOf(ids, Explorer.ReferenceDepartment); step++)
            await page.Keyboard.PressAsync("ArrowDown");
        await Expect(reference).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("department-name")).ToHaveTextAsync(ReferenceName);
        await page.WaitUntilLoadedAsync();
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("250.65");
        await Expect(page.GetByTestId("region")).ToHaveValueAsync("410702");
        await Expect(page.FunctionalChart().GetByTestId("bar-row")).ToHaveCountAsync(3);
        Assert.Contains($"dept={Explorer.ReferenceDepartment}&year={referenceYears[^1]}", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("fn=", page.Url, StringComparison.Ordinal);
        // The search is done: the field is empty and keeps the focus, and Back returns to the view it started from.
        await Expect(input).ToHaveValueAsync(string.Empty);
        await Expect(input).ToBeFocusedAsync();
        await Expect(results).ToHaveCountAsync(0);
        await page.GoBackAsync();
        await Expect(page.GetByTestId("department-name")).ToHaveTextAsync(startName);
    }

    [SkippableFact]
    public async Task Search_NoDepartmentMatches_SaysSoAndEscapeClears()
    {
        BrowserFixture.RequireChromium();
        const string Nothing = "并无此名称的部门";
        await using (var db = new BudgetDbContext(browser.CreateDbContextOptions()))
            Assert.False(await db.Departments.AnyAsync(d => d.Name.Contains(Nothing)));
        var page = await (await browser.NewPageAsync()).OpenAsync();
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "按部门名称查找" });

        await input.FillAsync(Nothing);

        await Expect(page.GetByTestId("search-status")).ToHaveTextAsync($"没有名称包含“{Nothing}”的部门。");
        await Expect(page.GetByTestId("search-result")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("search-results")).ToBeHiddenAsync();
        await input.PressAsync("Escape");
        await Expect(input).ToHaveValueAsync(string.Empty);
        await Expect(page.GetByTestId("search-status")).ToHaveTextAsync(string.Empty);
        // The view stays where it was.
        await Expect(page.GetByTestId("department-name")).ToHaveTextAsync(ReferenceName);
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>
    /// What the database holds: regions (every region a document's department or unit is in: a region whose documents
    /// are all unit budgets, like 上海市's municipal units, counts), departments (not units) and fiscal years.
    /// </summary>
    private async Task<Held> CountHeldAsync()
    {
        await using var db = new BudgetDbContext(browser.CreateDbContextOptions());
        var departments = db.Departments.Where(d => d.Scope == Scope.Department);
        var years = await db.Documents.Select(d => d.Year).Distinct().OrderBy(y => y).ToListAsync();
        Assert.NotEmpty(years);
        return new Held(
            await db.Regions.CountAsync(r => db.Departments.Any(d => d.RegionCode == r.Code)),
            await departments.CountAsync(),
            years.Count,
            years.Count == 1 ? $"{years[0]}" : $"{years[0]}–{years[^1]}");
    }

    private sealed record Held(int Regions, int Departments, int Years, string YearSpan);
}
