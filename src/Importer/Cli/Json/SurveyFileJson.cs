using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// One file in `survey --format json`: its outcome and reason, the tables found, the document total (what its
/// expenditure lines add up to) beside the 收支总表's printed total, both in 元, and WARNING/ERROR findings by code.
/// </summary>
internal sealed record SurveyFileJson(
    string File,
    string Folder,
    string Outcome,
    string? Reason,
    string? Family,
    string? DocumentId,
    IReadOnlyList<string> Tables,
    decimal? Total,
    decimal? PrintedTotal,
    IReadOnlyList<FindingCountJson> Findings)
{
    /// <summary>CPU time the read took, in milliseconds (text or PDF parsing, reading and checks).</summary>
    public long CpuMs { get; init; }

    public static SurveyFileJson From(CheckedFile file)
    {
        var folder = Path.GetDirectoryName(file.Path) ?? "";
        var outcome = OutcomeOf(file);
        if (file.Read is not { } read)
            return new(file.Path, folder, Name(outcome), file.Error!.Message, null, null, [], null, null, []);

        var content = read.Content;
        // A list, not a map: the JSON's camelCase key policy would rewrite codes used as keys.
        var findings = content.Findings.Where(f => CheckedFile.Counts(f.Severity))
            .GroupBy(f => f.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FindingCountJson(g.Key, g.Count()))
            .ToList();
        if (content.NarrativeOnly)
            return new(file.Path, folder, Name(outcome), $"the narrative of {content.DocumentId}, whose tables are another file", content.Family, content.DocumentId, [], null, null, findings);
        return new(file.Path, folder, Name(outcome), null, content.Family, content.DocumentId,
            [.. content.Tables.Select(t => t.Label)], Money.ToYuan(content.Total),
            content.PrintedTotal is { } printed ? Money.ToYuan(printed) : null, findings);
    }

    public static SurveyOutcome OutcomeOf(CheckedFile file) => file switch
    {
        { Read.Content.NarrativeOnly: true } => SurveyOutcome.Part,
        { Read: { } read } => read.Content.Findings.Any(f => f.Severity == Severity.Error) ? SurveyOutcome.Partial : SurveyOutcome.Read,
        { Error: NotADisclosureException } => SurveyOutcome.NotADisclosure,
        // A disclosure whose layout no family reads yet is the importer's refusal, not a verdict on the file.
        { Error: UnknownLayoutException } => SurveyOutcome.Refused,
        _ => SurveyOutcome.Refused,
    };

    public static string Name(SurveyOutcome outcome) => outcome == SurveyOutcome.NotADisclosure ? "not-a-disclosure" : outcome.ToString().ToLowerInvariant();
}
