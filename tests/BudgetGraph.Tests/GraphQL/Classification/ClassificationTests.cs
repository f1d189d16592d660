using BudgetGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.Classification;

/// <summary>classification trees and rolled-up node amounts.</summary>
public sealed class ClassificationTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Classification_Functional2026_RollsUpAmountsOverTheTree()
    {
        const string query = """
            { classification(scheme: FUNCTIONAL, year: 2026) {
                code name level amount(year: 2026, unit: WAN_YUAN)
                children { code name level amount(year: 2026, unit: WAN_YUAN)
                  children { code name level amount(year: 2026, unit: WAN_YUAN) parent { code } } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var roots = data["classification"]!;
        Assert.Equal(["201", "208", "221"], roots.Select(r => (string?)r["code"]));
        Assert.Equal(216.19m, roots.Single(r => (string?)r["code"] == "201").Amount("amount"));
        var section = Assert.Single(roots.Single(r => (string?)r["code"] == "201")["children"]!);
        Assert.Equal("20103", (string?)section["code"]);
        Assert.Equal(195.6m, section["children"]!.Single(c => (string?)c["code"] == "2010301").Amount("amount"));
        Snapshot.Match(data);
    }

    [Fact]
    public async Task ClassificationNode_WithWhere_SumsOnlyMatchingLines()
    {
        const string query = """
            { node: classificationNode(scheme: FUNCTIONAL, code: "20103", year: 2026) {
                name all: amount(year: 2026, unit: WAN_YUAN)
                project: amount(year: 2026, unit: WAN_YUAN, where: {expenditureType: {eq: PROJECT}})
                otherYear: amount(year: 2025) }
              economic: classificationNode(scheme: ECONOMIC_DEPARTMENT, code: "302") { level amount(year: 2026, unit: WAN_YUAN) }
              unknown: classificationNode(scheme: FUNCTIONAL, code: "999") { code } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Equal(216.19m, data["node"]!.Amount("all"));
        Assert.Equal(20.59m, data["node"]!.Amount("project"));
        Assert.Null((decimal?)data["node"]!["otherYear"]);
        // Table 06's 商品和服务支出 rows as published (they sum to 12.81; the 0.01 gap to 12.82 is UNALLOCATED).
        Assert.Equal(12.81m, data["economic"]!.Amount("amount"));
        Assert.Equal(1, (int)data["economic"]!["level"]!);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, data["unknown"]!.Type);
    }

    [Fact]
    public async Task Classification_EveryFunctionalClassAndCodeInUse_HasAnEnglishLabel()
    {
        const string query = """
            { functional: classification(scheme: FUNCTIONAL, year: 2026) { code nameEn children { nameEn children { nameEn } } }
              economic: classification(scheme: ECONOMIC_DEPARTMENT, year: 2026) { code nameEn children { code nameEn } }
              government: classification(scheme: ECONOMIC_GOVERNMENT, year: 2026) { code nameEn children { code nameEn } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Equal("General public services", (string?)data["functional"]!.Node("201")["nameEn"]);
        Assert.Equal("Housing provident fund", (string?)data["functional"]!.Node("221")["children"]![0]!["children"]![0]!["nameEn"]);
        Assert.Equal("Basic salary", (string?)data["economic"]!.Node("301")["children"]!.Node("30101")["nameEn"]);
        Assert.Equal("Wages, bonuses, allowances and subsidies", (string?)data["government"]!.Node("501")["children"]!.Node("50101")["nameEn"]);
        Assert.DoesNotContain(data.SelectTokens("$..nameEn"), label => label.Type == Newtonsoft.Json.Linq.JTokenType.Null);
    }
}
