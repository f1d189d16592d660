using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;

namespace BudgetGraph.Export;

/// <summary>JSON as /graphql writes it: Chinese stays readable rather than \uXXXX escapes; decimals exact.</summary>
internal static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A result value as JSON: an execution node's value (objects, lists) or a scalar.</summary>
    public static string Serialize(object? value) =>
        JsonSerializer.Serialize(value is ExecutionNode node ? node.ToValue() : value, Options);
}
