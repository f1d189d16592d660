using BudgetGraph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.Departments;

/// <summary>departments, department and the Department fields, on the imported reference disclosure.</summary>
public sealed class DepartmentQueryTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    private const string DepartmentId = "410702/DEPARTMENT/028";

    private readonly GraphQLTestClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Departments_NameContains行政审批_ReturnsTotalRegionAndOneUnit()
    {
        const string query = """
            { departments(where: {name: {contains: "行政审批"}}) {
                totalCount
                nodes { id code name scope region { code name } total(year: 2026, unit: WAN_YUAN)
                        units { id code scope parent { id } } years } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var department = Assert.Single(data["departments"]!["nodes"]!);
        Assert.Equal(250.65m, department.Amount("total"));
        Assert.Equal("410702", (string?)department["region"]!["code"]);
        var unit = Assert.Single(department["units"]!);
        Assert.Equal("028001", (string?)unit["code"]);
        Assert.Equal(DepartmentId, (string?)unit["parent"]!["id"]);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task DepartmentTotal_Units_ReturnsExactAmountPerUnit()
    {
        const string query = $$"""
            { department(id: "{{DepartmentId}}") {
                yuan: total(year: 2026) wan: total(year: 2026, unit: WAN_YUAN) yi: total(year: 2026, unit: YI_YUAN)
                finalAccounts: total(year: 2026, stage: FINAL_ACCOUNTS) otherYear: total(year: 2025) } }
            """;

        var department = (await _client.QueryAsync(query)).Data()["department"]!;

        Assert.Equal(2506500m, department.Amount("yuan"));
        Assert.Equal(250.65m, department.Amount("wan"));
        Assert.Equal(0.025065m, department.Amount("yi"));
        Assert.Equal("2506500", department["yuan"]!.ToString());
        Assert.Null((decimal?)department["finalAccounts"]);
        Assert.Null((decimal?)department["otherYear"]);
    }

    [Fact]
    public async Task Department_UnknownId_ReturnsNull()
    {
        var data = (await _client.QueryAsync("""{ department(id: "000000/DEPARTMENT/none") { id } }""")).Data();

        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, data["department"]!.Type);
    }

    [Fact]
    public async Task Departments_ScopeUnit_ListsUnitsOnly()
    {
        var data = (await _client.QueryAsync("""{ departments(where: {scope: {eq: UNIT}}) { nodes { id scope } } }""")).Data();

        var unit = Assert.Single(data["departments"]!["nodes"]!);
        Assert.Equal("410702/UNIT/028001", (string?)unit["id"]);
    }

    [Fact]
    public async Task Departments_OrFilterAndOrder_ReturnsBothScopesSorted()
    {
        const string query = """
            { departments(where: {or: [{code: {eq: "028"}}, {code: {startsWith: "028001"}, scope: {eq: UNIT}}]}, order: [{code: DESC}]) {
                nodes { code } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        Assert.Equal(["028001", "028"], data["departments"]!["nodes"]!.Select(n => (string?)n["code"]));
    }

    [Fact]
    public async Task DepartmentProjects_Year2026_ReturnsProjectWithIndicators()
    {
        const string query = $$"""
            { department(id: "{{DepartmentId}}") { projects(year: 2026) {
                code name kind year amount(unit: WAN_YUAN)
                indicators { level1 level2 name value operator number measure }
                source { document { id } table row line } } } }
            """;

        var data = (await _client.QueryAsync(query)).Data();

        var project = Assert.Single(data["department"]!["projects"]!);
        Assert.Equal("410702260000000021203", (string?)project["code"]);
        Assert.Equal(20.59m, project.Amount("amount"));
        var indicators = project["indicators"]!;
        Assert.Contains(indicators, i => (string?)i["name"] == "工作人员" && (string?)i["value"] == "15人" && (double?)i["number"] == 15 && (string?)i["measure"] == "人");
        Assert.Contains(indicators, i => (string?)i["name"] == "保安保洁人员" && (string?)i["value"] == "9人");
        Assert.Contains(indicators, i => (string?)i["name"] == "12345热线人员" && (string?)i["value"] == "4人");
        Assert.Contains(indicators, i => (string?)i["value"] == "每月25日");
        Assert.Contains(indicators, i => (string?)i["operator"] == "≥" && (double?)i["number"] == 90);
        Snapshot.Match(data);
    }

    [Fact]
    public async Task RegionDepartments_Region410702_ListsTheDepartment()
    {
        var data = (await _client.QueryAsync("{ regions { code name departments { id } } }")).Data();

        var region = Assert.Single(data["regions"]!);
        Assert.Equal("410702", (string?)region["code"]);
        Assert.Equal("新乡市红旗区", (string?)region["name"]);
        Assert.Equal(DepartmentId, (string?)Assert.Single(region["departments"]!)["id"]);
    }
}
