using BudgetGraph.Data.Entities;

using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// `import --format json`: what happened to one file (created, replaced, unchanged, failed), the document it loaded
/// with its lines and the findings the database now holds for it, or the located error that left the database unchanged.
/// </summary>
internal sealed record ImportedFileJson(
    string File,
    string Outcome,
    string? DocumentId,
    string? Family,
    int? Tables,
    int? Lines,
    IReadOnlyList<FindingJson> Findings,
    ErrorJson? Error)
{
    public static ImportedFileJson From(FileOutcome outcome, ILookup<string, Finding> findings) => outcome.Result is { } result
        ? new(outcome.Path, outcome.Outcome, result.DocumentId, result.Family, result.Tables, result.Lines, [.. findings[result.DocumentId].Select(FindingJson.From)], null)
        : new(outcome.Path, outcome.Outcome, null, null, null, null, [], ErrorJson.From(outcome.Error!));
}
