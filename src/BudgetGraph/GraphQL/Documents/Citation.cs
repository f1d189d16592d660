using System.Globalization;
using System.Text;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>
/// Human-readable references a reader can follow to the original: the document's title as published, the table,
/// the 1-based data row, the column and the page, and the file's sha256 (its first 12 hex digits) so the exact file
/// can be told apart from a later edition.
/// </summary>
public static class Citation
{
    private const int HashDigits = 12;

    /// <summary>What a narrative citation names where a table citation names its table.</summary>
    public const string Narrative = "正文";

    public static string Of(Document document) =>
        $"{document.Title} ({document.FileName}, sha256 {Hash(document)})";

    public static string Of(Document document, SourceLocation location)
    {
        var text = new StringBuilder(document.Title);
        text.Append(", ").Append(TableLabel(location.Table));
        text.Append(CultureInfo.InvariantCulture, $", 第{location.Row}行");
        if (location.Column is { Length: > 0 } column)
            text.Append(", ").Append(column).Append('列');
        if (location.Page is { } page)
            text.Append(CultureInfo.InvariantCulture, $", 第{page}页");
        return text.Append(" (file sha256 ").Append(Hash(document)).Append(')').ToString();
    }

    /// <summary>A sentence of the narrative: its paragraph's line in the text file, when known.</summary>
    public static string Of(Document document, NarrativeSource source)
    {
        var text = new StringBuilder(document.Title).Append(", ").Append(Narrative);
        if (source.Line is { } line)
            text.Append(CultureInfo.InvariantCulture, $", 文本第{line}行");
        return text.Append(" (file sha256 ").Append(Hash(document)).Append(')').ToString();
    }

    /// <summary>"07 支出经济分类汇总表" → "表07 支出经济分类汇总表"; a title without a number stays as it is.</summary>
    private static string TableLabel(string table) =>
        table.Length > 0 && char.IsAsciiDigit(table[0]) ? "表" + table : table;

    private static string Hash(Document document) => document.Sha256[..Math.Min(HashDigits, document.Sha256.Length)] + "…";
}
