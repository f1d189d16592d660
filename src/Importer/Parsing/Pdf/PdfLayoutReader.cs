using System.Text;
using BudgetGraph.Importer.Parsing.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace BudgetGraph.Importer.Parsing.Pdf;

/// <summary>
/// Reads a PDF's text layer in-process with PdfPig: words with their boxes, grouped into physical lines by their vertical
/// centre and ordered left to right. It also rebuilds a plain text of the document (one line per physical line, a form
/// feed per page) so narrative readers and family recognition work on PDF input as on text exports.
/// </summary>
public static class PdfLayoutReader
{
    /// <summary>Words whose vertical centres differ by less than this (points) print on one physical line.</summary>
    private const double SameLine = 2.5;

    public static bool LooksLike(byte[] bytes) =>
        bytes.Length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';

    public static (LayoutDocument Layout, SourceText Text) Read(string fileName, byte[] bytes)
    {
        var lines = new List<LayoutLine>();
        var text = new StringBuilder();
        var lineNumber = 0;
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                var first = true;
                foreach (var words in PhysicalLines(page))
                {
                    lineNumber++;
                    var layoutWords = words.Select(w => new LayoutWord(WidthFolding.Fold(w.Text), w.BoundingBox.Left, w.BoundingBox.Right)).ToList();
                    var line = new LayoutLine(page.Number, lineNumber, page.Height - Centre(words[0]), layoutWords);
                    lines.Add(line);
                    text.Append(first && page.Number > 1 ? "\f" : "").Append(line.Text).Append('\n');
                    first = false;
                }
            }
        }
        catch (PdfDocumentFormatException e)
        {
            throw new NotADisclosureException($"the PDF cannot be read: {e.Message}", fileName);
        }

        var layout = new LayoutDocument { FileName = fileName, Kind = LayoutSourceKind.Pdf, Lines = lines };
        return (layout, SourceText.FromString(fileName, text.ToString()));
    }

    private static IEnumerable<List<Word>> PhysicalLines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(Centre).ToList();
        var current = new List<Word>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Centre(current[0]) - Centre(word) > SameLine)
            {
                yield return current.OrderBy(w => w.BoundingBox.Left).ToList();
                current = [];
            }

            current.Add(word);
        }

        if (current.Count > 0)
            yield return current.OrderBy(w => w.BoundingBox.Left).ToList();
    }

    private static double Centre(Word word) => (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2;
}
