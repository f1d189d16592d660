using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetGraph.Bench.HttpBaseline;

/// <summary>camelCase names and readable Chinese, as the GraphQL endpoint writes them.</summary>
internal static class BaselineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
