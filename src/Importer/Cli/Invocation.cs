namespace BudgetGraph.Importer.Cli;

/// <summary>A parsed command line: the command, its file and folder arguments, the report format, and whether help was asked.</summary>
internal sealed record Invocation(string Command, IReadOnlyList<string> Operands, OutputFormat Format, bool Help);
