using System.Text;
using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Tests.Export;

/// <summary>
/// CSV exports are opened in spreadsheets: a text cell that starts like a formula is written with a leading
/// apostrophe (shown as text, never run), while negative numbers stay numbers.
/// </summary>
public sealed class CsvInjectionTests
{
    [Fact]
    public async Task TextStartingLikeAFormula_WrittenAsText_NegativeNumbersUntouched()
    {
        await using var factory = new BudgetGraphFactory();
        var client = factory.CreateClient();
        await using (var db = new BudgetDbContext(factory.CreateDbContextOptions()))
        {
            await db.Departments.Where(d => d.Id == "410702/DEPARTMENT/028")
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Name, "=HYPERLINK(\"http://example.invalid\",\"x\")"));
        }

        using var names = await client.GetAsync(ExportRequest.Url("names.csv", "{ departments { nodes { id name } } }"));
        using var change = await client.GetAsync(ExportRequest.Url("change.csv",
            "{ compare(baseYear: 2025, year: 2026, by: DEPARTMENT) { change(unit: WAN_YUAN) } }"));

        var nameRows = CsvText.Parse(Encoding.UTF8.GetString((await names.Content.ReadAsByteArrayAsync()).AsSpan(3)));
        Assert.Equal(["410702/DEPARTMENT/028", "'=HYPERLINK(\"http://example.invalid\",\"x\")"], nameRows[1]);
        var changeRows = CsvText.Parse(Encoding.UTF8.GetString((await change.Content.ReadAsByteArrayAsync()).AsSpan(3)));
        Assert.Equal(["-128.02"], changeRows[1]);
    }
}
