namespace BudgetGraph.Importer.Cli.Json;

/// <summary>How many files were clean, had findings or could not be read, and the findings of all files by severity.</summary>
internal sealed record CheckTotalsJson(int Files, int Clean, int WithFindings, int Unreadable, SeverityCountsJson Findings)
{
    public static CheckTotalsJson Of(IReadOnlyList<CheckedFile> files) => new(
        files.Count,
        files.Count(f => f.Status == CheckStatus.Clean),
        files.Count(f => f.Status == CheckStatus.Findings),
        files.Count(f => f.Status == CheckStatus.Unreadable),
        SeverityCountsJson.Of(files.SelectMany(f => f.Read?.Content.Findings.Select(finding => finding.Severity) ?? [])));
}
