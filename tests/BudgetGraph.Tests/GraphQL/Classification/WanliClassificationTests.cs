using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Classification;

/// <summary>The functional tree of 万里街道办事处's 2025 budget (shared corpus), rolled up and filtered to the department.</summary>
public sealed class WanliClassificationTests(WanliFixture wanli) : IClassFixture<WanliFixture>
{
    [SkippableFact]
    public async Task Classification_Functional2025FilteredToWanli_RollsUp21201AndCitesItsPrintedSubtotal()
    {
        SharedCorpus.Require();
        var client = wanli.CreateClient();
        var id = await WanliQueries.DepartmentIdAsync(client);

        var query = $$$"""
            { classification(scheme: FUNCTIONAL, year: 2025) { code name nameEn
                amount(year: 2025, where: {department: {eq: "{{{id}}}"}})
                children { code name amount(year: 2025, where: {department: {eq: "{{{id}}}"}})
                  sources(year: 2025, where: {department: {eq: "{{{id}}}"}}) { table line } } }
              documents(where: {department: {eq: "{{{id}}}"}, year: {eq: 2025}}) { nodes { findings { code message difference } } } }
            """;
        var data = (await client.QueryAsync(query)).Data();

        var root = data["classification"]!.Node("212");
        Assert.Equal("城乡社区支出", (string?)root["name"]);
        Assert.Equal("Urban and rural community affairs", (string?)root["nameEn"]);
        Assert.Equal(154_369_326m, root.Amount("amount"));
        // The document prints 21201 城乡社区管理事务 as 94,995,790 元, while its own 项 rows (and its own 基本 + 项目
        // columns) add up to 94,995,789: a 款 amount is the printed subtotal, cited to that row, and the 1 元 gap
        // is a finding that names it.
        var management = root["children"]!.Node("21201");
        Assert.Equal(94_995_790m, management.Amount("amount"));
        var source = Assert.Single(management["sources"]!);
        Assert.Contains("部门支出预算总表", (string?)source["table"], StringComparison.Ordinal);
        var findings = data["documents"]!["nodes"]![0]!["findings"]!;
        var split = findings.First(f => (string?)f["code"] == "ROW_SPLIT_MISMATCH" && ((string?)f["message"])!.Contains("21201", StringComparison.Ordinal));
        Assert.Contains("94,995,790", (string?)split["message"], StringComparison.Ordinal);
    }
}
