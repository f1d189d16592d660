using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>Reads GraphQL responses in tests: the data of a successful response, the codes of a failed one.</summary>
public static class GraphQLResponse
{
    /// <summary>The <c>data</c> object, after asserting the response has no errors.</summary>
    public static JToken Data(this JToken response)
    {
        Assert.True(response["errors"] is null, "Unexpected errors: " + response["errors"]);
        return response["data"] ?? throw new Xunit.Sdk.XunitException("Response has no data: " + response);
    }

    /// <summary>The <c>extensions.code</c> of every error.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JToken response)
    {
        Assert.NotNull(response["errors"]);
        return [.. response["errors"]!.Select(error => (string?)error["extensions"]?["code"])];
    }

    /// <summary>An amount as the exact decimal the response carries.</summary>
    public static decimal Amount(this JToken token, string name) => token.Value<decimal>(name);

    /// <summary>The row of a breakdown or comparison with this key.</summary>
    public static JToken Row(this IEnumerable<JToken> rows, string key) =>
        rows.SingleOrDefault(row => (string?)row["key"] == key) ?? throw new Xunit.Sdk.XunitException($"No row {key} in {rows}");

    /// <summary>The classification node with this code.</summary>
    public static JToken Node(this IEnumerable<JToken> nodes, string code) =>
        nodes.SingleOrDefault(node => (string?)node["code"] == code) ?? throw new Xunit.Sdk.XunitException($"No node {code} in {nodes}");
}
