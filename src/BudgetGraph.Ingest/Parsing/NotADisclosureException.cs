namespace BudgetGraph.Ingest.Parsing;

/// <summary>The file is not a disclosure any known family reads.</summary>
public sealed class NotADisclosureException : DisclosureFormatException
{
    public NotADisclosureException(string problem, string fileName, string? table = null, int? line = null, string? rawText = null)
        : base(problem, fileName, table, line, rawText)
    {
    }

    public NotADisclosureException()
    {
    }

    public NotADisclosureException(string message)
        : base(message)
    {
    }

    public NotADisclosureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
