using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Comparisons;

/// <summary>compare across stages: 上海市普陀区财政局's 2024 actuals (决算) against its 2025 budget (预算).</summary>
public sealed class FinanceBureauCompareTests(FinanceBureauFixture bureau) : IClassFixture<FinanceBureauFixture>
{
    [SkippableFact]
    public async Task Compare_FinalAccounts2024ToBudget2025ByFunctionalClass_UsesBothDocuments()
    {
        SharedCorpus.Require();
        var client = bureau.CreateClient();
        var department = Assert.Single((await client.QueryAsync($$$"""
            { departments(where: {name: {eq: "{{{FinanceBureauFixture.DepartmentName}}}"}}) {
                nodes { id budget: total(year: 2025, unit: WAN_YUAN) actual: total(year: 2024, stage: FINAL_ACCOUNTS, unit: WAN_YUAN) } } }
            """)).Data()["departments"]!["nodes"]!);
        var id = (string)department["id"]!;

        var rows = (await client.QueryAsync($$$"""
            { compare(baseYear: 2024, baseStage: FINAL_ACCOUNTS, year: 2025, stage: BUDGET, by: FUNCTIONAL, level: 1,
                where: {department: {eq: "{{{id}}}"}}) { key label base(unit: WAN_YUAN) current(unit: WAN_YUAN) change(unit: WAN_YUAN) basis } }
            """)).Data()["compare"]!;

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("DOCUMENTS", (string?)r["basis"]));
        // Each side adds up to that document's own total: the 2025 budget 3,121.42058 万元 (31,214,205.80 元)
        // and the 2024 final accounts' 本年支出合计 (its 类 rows as printed).
        Assert.Equal(3121.42058m, department.Amount("budget"));
        // The final accounts' total is the 本年支出合计 they print; their rounded 项 rows add up to 2,940.06.
        Assert.Equal(2940.05m, department.Amount("actual"));
        Assert.Equal(department.Amount("budget"), rows.Where(r => r["current"]!.Type != Newtonsoft.Json.Linq.JTokenType.Null).Sum(r => r.Amount("current")));
        var actualSum = rows.Where(r => r["base"]!.Type != Newtonsoft.Json.Linq.JTokenType.Null).Sum(r => r.Amount("base"));
        Assert.True(Math.Abs(actualSum - department.Amount("actual")) <= 0.01m, $"类 rows {actualSum} vs total {department.Amount("actual")}");
        Assert.Contains(rows, r => (string?)r["key"] == "201" && r["base"]!.Type != Newtonsoft.Json.Linq.JTokenType.Null && r["current"]!.Type != Newtonsoft.Json.Linq.JTokenType.Null);

        var whole = Assert.Single((await client.QueryAsync($$$"""
            { compare(baseYear: 2024, baseStage: FINAL_ACCOUNTS, year: 2025, by: DEPARTMENT, where: {department: {eq: "{{{id}}}"}}) {
                base(unit: WAN_YUAN) current(unit: WAN_YUAN) basis baseSources { column } } }
            """)).Data()["compare"]!);
        Assert.Equal((2940.05m, 3121.42058m, "DOCUMENTS"), (whole.Amount("base"), whole.Amount("current"), (string?)whole["basis"]));
        Assert.Equal("本年支出合计", (string?)Assert.Single(whole["baseSources"]!)["column"]);
    }
}
