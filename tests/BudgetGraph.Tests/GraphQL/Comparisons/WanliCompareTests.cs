using BudgetGraph.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.GraphQL.Comparisons;

/// <summary>compare and series over 万里街道办事处's budgets 2023–2025 (shared corpus), against the documents' 类 rows.</summary>
public sealed class WanliCompareTests(WanliFixture wanli) : IClassFixture<WanliFixture>
{
    [SkippableFact]
    public async Task Compare_2023To2025ByFunctionalClass_ReturnsEveryClassOfEitherYear()
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        var rows = (await client.QueryAsync($$$"""
            { compare(baseYear: 2023, year: 2025, by: FUNCTIONAL, level: 1, where: {department: {eq: "{{{id}}}"}}) {
                key label base current change changePercent basis } }
            """)).Data()["compare"]!;

        // 部门支出预算总表, 类 rows of 2023 and 2025 (元).
        Assert.Equal(["201", "204", "205", "206", "207", "208", "210", "212", "221"], rows.Select(r => (string?)r["key"]));
        AssertRow(rows.Row("212"), 121_319_878m, 154_369_326m);
        AssertRow(rows.Row("208"), 27_073_236m, 16_091_895m);
        AssertRow(rows.Row("204"), 1_252_300m, 2_878_025m);
        AssertRow(rows.Row("221"), 8_960_694m, 9_364_732m);
        var education = rows.Row("205");
        Assert.Equal(JTokenType.Null, education["base"]!.Type);
        Assert.Equal(250_000m, education.Amount("current"));
        Assert.Equal(JTokenType.Null, education["change"]!.Type);
        Assert.Equal(JTokenType.Null, education["changePercent"]!.Type);
        Assert.All(rows, r => Assert.Equal("DOCUMENTS", (string?)r["basis"]));
    }

    [SkippableFact]
    public async Task Compare_FunctionalLevel2OrderedByAbsoluteChange_PutsTheLargestMoveFirstAndMissingSidesLast()
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();

        var rows = (await client.QueryAsync("""
            { compare(baseYear: 2024, year: 2025, by: FUNCTIONAL, level: 2, where: {region: {eq: "310107"}}, order: [{absoluteChange: DESC}]) {
                key base current change } }
            """)).Data()["compare"]!.ToList();

        Assert.All(rows, r => Assert.Equal(5, ((string)r["key"]!).Length));
        var changes = rows.Select(r => r["change"]!.Type == JTokenType.Null ? (decimal?)null : Math.Abs(r.Amount("change"))).ToList();
        var known = changes.TakeWhile(c => c is not null).ToList();
        Assert.True(known.Count > 3, "expected several 款 present in both years");
        Assert.Equal(known.OrderByDescending(c => c), known);
        Assert.All(changes.Skip(known.Count), c => Assert.Null(c));
    }

    [SkippableFact]
    public async Task Series_Department2023To2025_MatchesTablesAndTheNarrativesStatedChanges()
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        var data = (await client.QueryAsync($$$"""
            { series(by: DEPARTMENT, fromYear: 2022, toYear: 2025, where: {department: {eq: "{{{id}}}"}}) { key label points { year amount } }
              education: series(by: FUNCTIONAL, level: 1, fromYear: 2023, toYear: 2025, where: {functional: {startsWith: "205"}}) { key points { year amount } } }
            """)).Data();

        var points = Assert.Single(data["series"]!)["points"]!.ToList();
        Assert.Equal([2022, 2023, 2024, 2025], points.Select(p => (int)p["year"]!));
        Assert.Equal(JTokenType.Null, points[0]["amount"]!.Type);
        // Sums of the 类 rows of 部门支出预算总表 2023 and 2025.
        Assert.Equal(164_978_640m, points[1].Amount("amount"));
        Assert.Equal(189_767_551m, points[3].Amount("amount"));
        // The narratives state 2024 −876.75 万元 against 2023 and 2025 +3,355.65 万元 against 2024 (both totals were rounded to 万元 first, so they agree within 0.01 万元 = 100 元; DOMAIN.md).
        Assert.InRange(points[1].Amount("amount") - points[2].Amount("amount"), 8_767_400m, 8_767_600m);
        Assert.InRange(points[3].Amount("amount") - points[2].Amount("amount"), 33_556_400m, 33_556_600m);
        var education = Assert.Single(data["education"]!)["points"]!.ToList();
        Assert.Equal(250_000m, education[2].Amount("amount"));
    }

    private static void AssertRow(JToken row, decimal baseAmount, decimal current)
    {
        Assert.Equal(baseAmount, row.Amount("base"));
        Assert.Equal(current, row.Amount("current"));
        Assert.Equal(current - baseAmount, row.Amount("change"));
        Assert.Equal((double)Math.Round((current - baseAmount) * 100 / baseAmount, 2), (double)row["changePercent"]!, 2);
    }
}
