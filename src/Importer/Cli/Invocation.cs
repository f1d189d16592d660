namespace BudgetGraph.Importer.Cli;

/// <summary>A parsed command line: the command, its file and folder arguments, the report format, and whether help was asked.</summary>
/// <param name="Output">package: the folder the package is written to.</param>
/// <param name="Except">package: folders whose disclosure files are left out of the package (the reference text in data/).</param>
internal sealed record Invocation(string Command, IReadOnlyList<string> Operands, OutputFormat Format, bool Help, string? Output = null, IReadOnlyList<string>? Except = null);
