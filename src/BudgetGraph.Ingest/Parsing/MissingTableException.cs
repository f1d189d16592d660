namespace BudgetGraph.Ingest.Parsing;

/// <summary>The file lacks tables its family always has (a truncated file).</summary>
public sealed class MissingTableException : DisclosureFormatException
{
    public MissingTableException(string problem, string fileName, string? table = null, int? line = null, string? rawText = null)
        : base(problem, fileName, table, line, rawText)
    {
    }

    public MissingTableException()
    {
    }

    public MissingTableException(string message)
        : base(message)
    {
    }

    public MissingTableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
