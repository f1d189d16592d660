using System.Text.RegularExpressions;
using BudgetGraph.Data.Entities;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Formats.Narrative;

/// <summary>Reads 名词解释 entries: "一、财政拨款收入：是指…" → term 财政拨款收入 and its definition.</summary>
public static partial class GlossaryReader
{
    public static IEnumerable<GlossaryTerm> Read(IEnumerable<TextNote> paragraphs, string documentId)
    {
        foreach (var paragraph in paragraphs)
        {
            var match = EntryPattern().Match(paragraph.Text);
            if (match.Success)
            {
                yield return new GlossaryTerm
                {
                    DocumentId = documentId,
                    Term = match.Groups["term"].Value.Trim(),
                    Definition = match.Groups["def"].Value.Trim(),
                    Line = paragraph.Line,
                };
            }
        }
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、(?<term>[^：:。]{1,40})[：:](?<def>.+)$")]
    private static partial Regex EntryPattern();
}
