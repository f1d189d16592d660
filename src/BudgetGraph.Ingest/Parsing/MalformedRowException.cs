namespace BudgetGraph.Ingest.Parsing;

/// <summary>A table row whose cells do not fit the table (wrong codes, too many cells).</summary>
public sealed class MalformedRowException : DisclosureFormatException
{
    public MalformedRowException(string problem, string fileName, string? table = null, int? line = null, string? rawText = null)
        : base(problem, fileName, table, line, rawText)
    {
    }

    public MalformedRowException()
    {
    }

    public MalformedRowException(string message)
        : base(message)
    {
    }

    public MalformedRowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
