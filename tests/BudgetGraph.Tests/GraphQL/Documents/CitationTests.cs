using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Documents;

/// <summary>Every aggregated amount lists the published cells it adds up, and every citation reads as a reference.</summary>
public sealed class CitationTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string Title = "新乡市红旗区行政审批和政务信息管理局2026年部门预算";
    private const string Hash = "(file sha256 31d5845a9c09…)";

    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task FindingLocation_Table07Total_CitesDocumentTableRowColumnAndFile()
    {
        var data = (await _client.QueryAsync("""
            { documents { nodes { citation findings { code locations { table row column citation(style: TEXT) } } } } }
            """)).Data();

        var document = Assert.Single(data["documents"]!["nodes"]!);
        Assert.Equal($"{Title} (xinxiang-hongqi_xingzheng-shenpi-zhengwu-xinxi-guanliju_2026_budget_dept.txt, sha256 31d5845a9c09…)", (string?)document["citation"]);
        var gap = document["findings"]!.Single(f => (string?)f["code"] == "ECONOMIC_SUMMARY_TOTAL_MISMATCH");
        Assert.Equal($"{Title}, 表07 支出经济分类汇总表, 第1行, 总计列 {Hash}", (string?)gap["locations"]![0]!["citation"]);
    }

    [Fact]
    public async Task BreakdownCompareSeriesAndNodes_ListTheCellsTheirAmountsAddUp()
    {
        var data = (await _client.QueryAsync("""
            { breakdown(year: 2026, by: FUNCTIONAL, level: 3) { key amount(unit: WAN_YUAN) sources { row column citation } }
              compare(baseYear: 2025, year: 2026, by: EXPENDITURE_TYPE) { key baseSources { row } sources { row } }
              series(by: FUNCTIONAL, fromYear: 2026, toYear: 2026) { key points { sources { table } } }
              node: classificationNode(scheme: ECONOMIC_DEPARTMENT, code: "30101", year: 2026) {
                sources(year: 2026) { table row column } crosswalk(year: 2026) { code sources { row } } } }
            """)).Data();

        var administration = data["breakdown"]!.Row("2010301");
        Assert.Equal(195.6m, administration.Amount("amount"));
        Assert.Equal(["工资福利支出", "对个人和家庭的补助", "商品和服务支出"], administration["sources"]!.Select(s => (string?)s["column"]));
        Assert.All(administration["sources"]!, s => Assert.Equal(3, (int)s["row"]!));
        Assert.Equal($"{Title}, 表03 部门支出总体情况表, 第3行, 工资福利支出列 {Hash}", (string?)administration["sources"]![0]!["citation"]);
        var project = data["compare"]!.Row("PROJECT");
        Assert.Empty(project["baseSources"]!);
        Assert.Equal(4, (int)Assert.Single(project["sources"]!)["row"]!);
        Assert.All(data["series"]!.SelectMany(r => r["points"]![0]!["sources"]!), s => Assert.Equal("03 部门支出总体情况表", (string?)s["table"]));
        var salary = data["node"]!;
        Assert.Equal(2, salary["sources"]!.Count());
        Assert.All(salary["sources"]!, s => Assert.Equal("06 一般公共预算基本支出表", (string?)s["table"]));
        Assert.Equal(
            salary["sources"]!.Select(s => (int)s["row"]!).Order(),
            salary["crosswalk"]!.SelectMany(c => c["sources"]!).Select(s => (int)s["row"]!).Order());
    }
}
