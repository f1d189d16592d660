namespace BudgetGraph.Importer.Cli.Json;

/// <summary>`check --format json`: one file's verdict (clean, findings, unreadable) and what was read from it, or its error.</summary>
internal sealed record CheckedFileJson(
    string File,
    string Status,
    string? DocumentId,
    string? Title,
    string? Family,
    int? Year,
    string? Sha256,
    IReadOnlyList<TableJson> Tables,
    CountsJson? Counts,
    IReadOnlyList<FindingJson> Findings,
    ErrorJson? Error)
{
    public static CheckedFileJson From(CheckedFile file)
    {
        var status = file.Status.ToString().ToLowerInvariant();
        if (file.Read is not { } read)
            return new(file.Path, status, null, null, null, null, null, [], null, [], ErrorJson.From(file.Error!));

        var content = read.Content;
        return new(file.Path, status, content.DocumentId, content.Title, content.Family, content.Year, read.Sha256,
            [.. content.Tables.Select(TableJson.From)], CountsJson.From(content), [.. content.Findings.Select(FindingJson.From)], null);
    }
}
