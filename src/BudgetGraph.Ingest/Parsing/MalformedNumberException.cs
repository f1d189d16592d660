namespace BudgetGraph.Ingest.Parsing;

/// <summary>A cell that must hold an amount does not (e.g. `12..5`).</summary>
public sealed class MalformedNumberException : DisclosureFormatException
{
    public MalformedNumberException(string problem, string fileName, string? table = null, int? line = null, string? rawText = null)
        : base(problem, fileName, table, line, rawText)
    {
    }

    public MalformedNumberException()
    {
    }

    public MalformedNumberException(string message)
        : base(message)
    {
    }

    public MalformedNumberException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
