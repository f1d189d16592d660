namespace BudgetGraph.Importer.Cli.Json;

/// <summary>How many WARNING and ERROR findings of one code a file gave, in `survey --format json`.</summary>
internal sealed record FindingCountJson(string Code, int Count);
