using System.Buffers;
using System.Text.Json;
using BudgetGraph.Http;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;

namespace BudgetGraph.Export;

/// <summary>
/// A query's result as newline-delimited JSON: one line per item of the rows list (<see cref="ExportTable"/>), each
/// the item's JSON exactly as /graphql has it, nested objects and lists kept; no byte order mark, <c>\n</c> after
/// every line.
/// </summary>
internal sealed class NdjsonResultFormat(string fileName) : IResultFormat
{
    public const string Extension = "ndjson";
    public const string ContentType = "application/x-ndjson; charset=utf-8";

    /// <summary>Flush to the client about every this many bytes, so a long export streams instead of piling up.</summary>
    private const int FlushBytes = 32 * 1024;

    private readonly string _fileName = fileName;

    public string CacheKey => "application/x-ndjson";

    public IReadOnlyList<IValidationRule> ValidationRules { get; } = [SingleRootFieldRule.Instance];

    public async Task WriteAsync(HttpResponse response, ExecutionResult result, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var table = ExportTable.From(result, request.Variables);
        ExportFileName.Prepare(response, _fileName, Extension, ContentType);
        var body = response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = ExportJson.Options.Encoder });
        foreach (var item in table.Items())
        {
            JsonSerializer.Serialize(json, item is ExecutionNode node ? node.ToValue() : item, ExportJson.Options);
            await json.FlushAsync(cancellationToken);
            body.Write("\n"u8);
            // One line is one JSON value; the writer refuses a second one until reset.
            json.Reset(body);
            if (body.UnflushedBytes >= FlushBytes)
                await body.FlushAsync(cancellationToken);
        }

        await body.FlushAsync(cancellationToken);
    }
}
