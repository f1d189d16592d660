using BudgetGraph.Http;
using BudgetGraph.Ingest.Packages;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;

namespace BudgetGraph.Export;

/// <summary>
/// A query's result as CSV (<see cref="ExportTable"/> says which rows and columns): UTF-8 with a byte order mark, so
/// Excel opens Chinese correctly, a header row first, then the rows, streamed as they are formatted.
/// </summary>
internal sealed class CsvResultFormat(string fileName) : IResultFormat
{
    public const string Extension = "csv";
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly string _fileName = fileName;

    public string CacheKey => "text/csv";

    public IReadOnlyList<IValidationRule> ValidationRules { get; } = [SingleRootFieldRule.Instance];

    public async Task WriteAsync(HttpResponse response, ExecutionResult result, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var table = ExportTable.From(result, request.Variables);
        ExportFileName.Prepare(response, _fileName, Extension, ContentType);
        await using var csv = new CsvWriter(response.Body);
        await csv.WriteByteOrderMarkAsync(cancellationToken);
        await csv.WriteRowAsync(table.Columns.Select(column => column.Header), cancellationToken);
        foreach (var row in table.Rows())
            await csv.WriteRowAsync(table.Columns.Select(column => CellText.ForSpreadsheet(table.ValueOf(row, column))), cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}
