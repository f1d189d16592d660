namespace BudgetGraph.Tests.Infrastructure;

/// <summary>Small lookups the 万里 tests share.</summary>
public static class WanliQueries
{
    /// <summary>The id of 万里街道办事处 (scope DEPARTMENT), found by name as a client would.</summary>
    public static async Task<string> DepartmentIdAsync(GraphQLTestClient client)
    {
        var data = (await client.QueryAsync($$$"""{ departments(where: {name: {contains: "{{{WanliFixture.DepartmentName}}}"}}) { nodes { id } } }""")).Data();
        return (string)Assert.Single(data["departments"]!["nodes"]!)["id"]!;
    }
}
