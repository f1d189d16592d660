namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// Input the importer cannot read, located like CsvHelper's BadDataException: the file, the table, the line and the raw
/// text. Thrown before anything is written, so a failed import leaves the database as it was.
/// </summary>
public class DisclosureFormatException : Exception
{
    public DisclosureFormatException(string problem, string fileName, string? table = null, int? line = null, string? rawText = null)
        : base(Describe(problem, fileName, table, line, rawText))
    {
        Problem = problem;
        FileName = fileName;
        Table = table;
        Line = line;
        RawText = rawText;
    }

    /// <summary>A failure of the importer itself on this file (a bug it met here), kept as the file's located refusal.</summary>
    public DisclosureFormatException(string problem, string fileName, Exception innerException)
        : base(Describe(problem, fileName, null, null, null), innerException)
    {
        Problem = problem;
        FileName = fileName;
    }

    public DisclosureFormatException()
        : this("unreadable input", "?")
    {
    }

    public DisclosureFormatException(string message)
        : this(message, "?")
    {
    }

    public DisclosureFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
        FileName = "?";
    }

    public string Problem { get; }

    public string FileName { get; }

    /// <summary>Citation label of the table, e.g. "03 部门支出总体情况表"; null for whole-file problems.</summary>
    public string? Table { get; }

    public int? Line { get; }

    public string? RawText { get; }

    private static string Describe(string problem, string fileName, string? table, int? line, string? rawText)
    {
        var where = line is null ? fileName : $"{fileName}:{line}";
        var inTable = table is null ? "" : $" in table {table}";
        var raw = rawText is null ? "" : $" — line text: \"{rawText.Replace('\t', '→')}\"";
        return $"{where}{inTable}: {problem}{raw}";
    }
}
