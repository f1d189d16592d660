using System.Text;
using static Microsoft.Playwright.Assertions;

namespace BudgetGraph.Tests.Browser;

/// <summary>
/// "Download CSV" under a chart, as a reader clicks it: the file is the chart's own query run by /export, UTF-8 with a
/// BOM (so Excel shows the Chinese), a header naming the unit, and the rows the chart shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportDownloadTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task DownloadCsv_AllItems_HasBomUnitHeaderAndTheFourItems()
    {
        BrowserFixture.RequireChromium();
        // The 项 level of the whole tree: breakdown(year: 2026, by: FUNCTIONAL, level: 3) for the department.
        var page = await (await browser.NewPageAsync()).OpenAsync($"dept={Explorer.ReferenceDepartment}&year=2026&fnl=3");
        var functional = page.FunctionalChart();
        await Expect(functional.GetByTestId("bar-row")).ToHaveCountAsync(4);
        var link = functional.GetByTestId("download-csv");
        var href = await link.GetAttributeAsync("href") ?? throw new Xunit.Sdk.XunitException("The CSV link has no href");
        Assert.StartsWith("/export/breakdown.csv?query=", href, StringComparison.Ordinal);
        await using (var check = await page.APIRequest.GetAsync(href))
            Assert.True(check.Ok, $"GET {href} answered {check.Status}: {await check.TextAsync()}");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("(万元)", lines[0], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        AssertRow(lines, "2010301", "行政运行", "195.6");
        AssertRow(lines, "2010399", "其他政府办公厅（室）及相关机构事务支出", "20.59");
        AssertRow(lines, "2080505", "机关事业单位基本养老保险缴费支出", "16.43");
        AssertRow(lines, "2210201", "住房公积金", "18.03");
    }

    private static void AssertRow(string[] lines, string code, string name, string amount)
    {
        var line = lines.SingleOrDefault(l => l.StartsWith(code + ",", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No row {code} in:\n{string.Join('\n', lines)}");
        var cells = line.Split(',');
        Assert.Contains(name, cells);
        Assert.Contains(amount, cells);
    }
}
