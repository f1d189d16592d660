using BudgetGraph.Data.Values;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// `check --format json`: one file's verdict (clean, findings, unreadable) and what was read from it, or its error.
/// total is the department total in 元 (its expenditure lines, as the API's Department.total); printedTotal the
/// 收支总表's expenditure total as printed (Document.printedTotal), null where it prints none.
/// </summary>
internal sealed record CheckedFileJson(
    string File,
    string Status,
    string? DocumentId,
    string? Title,
    string? Family,
    int? Year,
    string? Sha256,
    decimal? Total,
    decimal? PrintedTotal,
    IReadOnlyList<TableJson> Tables,
    CountsJson? Counts,
    IReadOnlyList<FindingJson> Findings,
    ErrorJson? Error)
{
    public static CheckedFileJson From(CheckedFile file)
    {
        var status = file.Status.ToString().ToLowerInvariant();
        if (file.Read is not { } read)
            return new(file.Path, status, null, null, null, null, null, null, null, [], null, [], ErrorJson.From(file.Error!));

        var content = read.Content;
        return new(file.Path, status, content.DocumentId, content.Title, content.Family, content.Year, read.Sha256,
            content.NarrativeOnly ? null : Money.ToYuan(content.Total), content.PrintedTotal is { } printed ? Money.ToYuan(printed) : null,
            [.. content.Tables.Select(TableJson.From)], CountsJson.From(content), [.. content.Findings.Select(FindingJson.From)], null);
    }
}
