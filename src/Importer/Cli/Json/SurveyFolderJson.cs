namespace BudgetGraph.Importer.Cli.Json;

/// <summary>
/// A folder's read rate in `survey`: files read, partial or read as another file's narrative part, over every file in
/// it. A file holding several documents counts once: partial if any of its documents is.
/// </summary>
internal sealed record SurveyFolderJson(string Folder, int Files, int Read, int Partial, int Refused, int NotDisclosure, decimal ReadRate)
{
    public int Part { get; init; }

    public static IReadOnlyList<SurveyFolderJson> Of(IReadOnlyList<SurveyFileJson> files) =>
    [
        .. files.GroupBy(f => f.Folder, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var outcomes = g.GroupBy(f => f.File, StringComparer.Ordinal)
                .Select(file => file.Any(f => f.Outcome == SurveyFileJson.Name(SurveyOutcome.Partial)) ? SurveyFileJson.Name(SurveyOutcome.Partial) : file.First().Outcome).ToList();
            int Count(SurveyOutcome outcome) => outcomes.Count(o => o == SurveyFileJson.Name(outcome));
            var read = Count(SurveyOutcome.Read);
            var partial = Count(SurveyOutcome.Partial);
            var part = Count(SurveyOutcome.Part);
            return new SurveyFolderJson(g.Key, outcomes.Count, read, partial, Count(SurveyOutcome.Refused), Count(SurveyOutcome.NotADisclosure),
                Math.Round((decimal)(read + partial + part) / outcomes.Count, 4)) { Part = part };
        }),
    ];
}
