using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Importer.Cli.Json;

/// <summary>Why a file could not be read: the whole message, and its parts (file, table, line, the raw line text).</summary>
internal sealed record ErrorJson(string Message, string Problem, string File, string? Table, int? Line, string? RawText)
{
    public static ErrorJson From(DisclosureFormatException error) =>
        new(error.Message, error.Problem, error.FileName, error.Table, error.Line, error.RawText);
}
