using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.BundledData;

/// <summary>
/// What a fresh clone serves without ../shared: the reference department from its text and the corpus's documents
/// from data/package, with 万里街道's three budgets as the multi-year example the README shows.
/// </summary>
public sealed class BundledDataTests(BundledDataFixture bundled) : IClassFixture<BundledDataFixture>
{
    private const string Wanli = "310107/DEPARTMENT/上海市普陀区人民政府万里街道办事处";

    [Fact]
    public async Task FirstStart_ServesTheBundledDocumentsInSeveralYearsAndRegions()
    {
        var data = (await bundled.CreateClient().QueryAsync("""
            { years regions { code } departments(first: 0) { totalCount } documents(first: 100) { totalCount nodes { id fileName sha256 } } }
            """)).Data();

        Assert.True((int)data["documents"]!["totalCount"]! >= 12, $"{data["documents"]!["totalCount"]} documents");
        Assert.True(data["years"]!.Count() >= 3);
        Assert.True(data["regions"]!.Count() >= 5);
        Assert.Contains(data["documents"]!["nodes"]!, d => (string?)d["id"] == "410702/DEPARTMENT/028/2026/BUDGET");
        // A packaged document still names the file its figures were read from, and that file's sha256.
        var wanli2025 = data["documents"]!["nodes"]!.Single(d => (string?)d["id"] == $"{Wanli}/2025/BUDGET");
        Assert.Equal("shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt", (string?)wanli2025["fileName"]);
        Assert.Matches("^[0-9a-f]{64}$", (string?)wanli2025["sha256"]);
        await using var db = bundled.CreateDbContext();
        Assert.True(await db.Documents.AnyAsync(d => d.Id == $"{Wanli}/2025/BUDGET" && d.FromPackage));
        Assert.False(await db.Documents.AnyAsync(d => d.Id == "410702/DEPARTMENT/028/2026/BUDGET" && d.FromPackage));
    }

    [Theory]
    [InlineData(2023, 164_978_640)]
    [InlineData(2024, 156_211_123)]
    [InlineData(2025, 189_767_551)]
    public async Task Wanli_Totals_AreThePublishedOnes(int year, long total)
    {
        var row = Assert.Single((await bundled.CreateClient().QueryAsync($$$"""
            { breakdown(year: {{{year}}}, by: DEPARTMENT, where: {department: {eq: "{{{Wanli}}}"}}) { key amount } }
            """)).Data()["breakdown"]!);

        Assert.Equal(total, row.Amount("amount"));
    }

    [Fact]
    public async Task Wanli_Compare2024To2025_FromBothDocumentsWithTheStatedChange()
    {
        var row = Assert.Single((await bundled.CreateClient().QueryAsync($$$"""
            { compare(baseYear: 2024, year: 2025, by: DEPARTMENT, where: {department: {eq: "{{{Wanli}}}"}}) {
                base current change basis statedChange(unit: WAN_YUAN) statedReason statedText } }
            """)).Data()["compare"]!);

        Assert.Equal(156_211_123, row.Amount("base"));
        Assert.Equal(189_767_551, row.Amount("current"));
        Assert.Equal("DOCUMENTS", (string?)row["basis"]);
        // The stated figure ships as a number; its sentence and reason are narrative, not in the package.
        Assert.Equal(3355.65m, row.Amount("statedChange"));
        Assert.Equal(JTokenType.Null, row["statedReason"]!.Type);
        Assert.Equal(JTokenType.Null, row["statedText"]!.Type);
    }
}
