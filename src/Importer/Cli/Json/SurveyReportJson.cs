namespace BudgetGraph.Importer.Cli.Json;

/// <summary>The document `survey --format json` writes: every file, then the read rate of each folder.</summary>
internal sealed record SurveyReportJson(string Command, IReadOnlyList<SurveyFileJson> Files, IReadOnlyList<SurveyFolderJson> Folders);
