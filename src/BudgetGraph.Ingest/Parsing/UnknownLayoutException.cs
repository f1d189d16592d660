namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// The file is a budget disclosure (its text names 预算 or 决算 tables) whose layout no family reads yet: a refusal of
/// the importer's, not a verdict on the file, which `survey` counts against the read rate.
/// </summary>
public sealed class UnknownLayoutException : DisclosureFormatException
{
    public UnknownLayoutException(string problem, string fileName)
        : base(problem, fileName)
    {
    }

    public UnknownLayoutException()
    {
    }

    public UnknownLayoutException(string message)
        : base(message)
    {
    }

    public UnknownLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
