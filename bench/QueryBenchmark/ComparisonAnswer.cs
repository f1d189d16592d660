using System.Text.Json;

namespace BudgetGraph.QueryBenchmark;

/// <summary>One row of a compare answer in 元: key, label and both sides (null when a year has no such group).</summary>
public sealed record ComparisonAnswer(string Key, string Label, decimal? Base, decimal? Current)
{
    /// <summary>The rows of `compare { key label base current }` from a GraphQL JSON response.</summary>
    public static List<ComparisonAnswer> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("data").GetProperty("compare").EnumerateArray().Select(row => new ComparisonAnswer(
            row.GetProperty("key").GetString()!, row.GetProperty("label").GetString()!, Amount(row.GetProperty("base")), Amount(row.GetProperty("current"))))];
    }

    private static decimal? Amount(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
