using System.Text;

namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// A text file split into numbered lines; every position the importer reports is a line of this text. Full-width digits
/// are folded to ASCII (<see cref="WidthFolding"/>); nothing else is changed.
/// </summary>
public sealed class SourceText
{
    private readonly string[] _lines;

    private SourceText(string fileName, string[] lines)
    {
        FileName = fileName;
        _lines = lines;
    }

    public string FileName { get; }

    public int LineCount => _lines.Length;

    /// <summary>The text of a 1-based line.</summary>
    public string this[int line] => _lines[line - 1];

    /// <summary>Whether any line passes the test (a format recognised by a line it prints).</summary>
    public bool AnyLine(Func<string, bool> test) => _lines.Any(test);

    public static SourceText FromBytes(string fileName, byte[] bytes) =>
        FromString(fileName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes));

    public static SourceText FromString(string fileName, string text)
    {
        var body = WidthFolding.Fold(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // A trailing newline does not start another line.
        if (lines.Length > 1 && lines[^1].Length == 0)
            lines = lines[..^1];
        return new SourceText(fileName, lines);
    }

    /// <summary>
    /// The same text with every line outside <paramref name="firstLine"/>..<paramref name="lastLine"/> blank: one of
    /// several documents a file holds, its lines numbered as in the file so that citations name the file's lines.
    /// </summary>
    public SourceText Within(int firstLine, int lastLine) =>
        new(FileName, [.. _lines.Select((text, i) => i + 1 >= firstLine && i + 1 <= lastLine ? text : "")]);

    /// <summary>True for lines with nothing but white space (the page breaks of a text export).</summary>
    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line.Replace('\u3000', ' '));
}
