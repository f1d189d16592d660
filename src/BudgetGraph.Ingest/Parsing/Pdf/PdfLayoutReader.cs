using System.Text;
using BudgetGraph.Ingest.Parsing.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace BudgetGraph.Ingest.Parsing.Pdf;

/// <summary>
/// Reads a PDF's text layer in-process with PdfPig: words with their boxes, grouped into physical lines by their vertical
/// centre and ordered left to right. It also rebuilds a plain text of the document (one line per physical line, a form
/// feed per page) so narrative readers and family recognition work on PDF input as on text exports.
/// </summary>
public static class PdfLayoutReader
{
    /// <summary>Words whose vertical centres differ by less than this (points) print on one physical line.</summary>
    private const double SameLine = 2.5;

    /// <summary>
    /// A colon set in a smaller glyph sits lower than the characters around it; within this many points of a line it
    /// belongs to that line ("单位名称" ":" "重庆市商务委员会" is one caption).
    /// </summary>
    private const double PunctuationDrop = 4.5;

    /// <summary>Words closer than this (points) to a colon between them are one word with it.</summary>
    private const double ColonGap = 8;

    public static bool LooksLike(byte[] bytes) =>
        bytes.Length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';

    public static (LayoutDocument Layout, SourceText Text) Read(string fileName, byte[] bytes)
    {
        var lines = new List<LayoutLine>();
        var text = new StringBuilder();
        var lineNumber = 0;
        var pages = 0;
        var images = 0;
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                pages++;
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

            // Images are counted only for the message about a scan, not for every PDF read.
            if (lines.Count == 0)
                images = document.GetPages().Sum(p => p.GetImages().Count());
        }
        catch (PdfDocumentFormatException e)
        {
            throw new NotADisclosureException($"the PDF cannot be read: {e.Message}", fileName);
        }

        // A scan: pages without one word of text. Reading it would need OCR, which the importer does not do.
        if (lines.Count == 0 && pages > 0)
        {
            throw new NotADisclosureException(
                $"the PDF has no text layer ({pages} page{(pages == 1 ? "" : "s")}{(images > 0 ? $", {images} image{(images == 1 ? "" : "s")}" : "")}): it is a scan, which would need OCR; the importer reads a PDF's text, so nothing is imported",
                fileName);
        }

        var layout = new LayoutDocument { FileName = fileName, Kind = LayoutSourceKind.Pdf, Lines = lines };
        return (layout, SourceText.FromString(fileName, text.ToString()));
    }

    private static IEnumerable<List<Word>> PhysicalLines(Page page)
    {
        var lines = CentredLines(page).ToList();
        for (var i = lines.Count - 1; i > 0; i--)
        {
            if (lines[i].All(w => IsColon(w.Text)) && Centre(lines[i - 1][0]) - Centre(lines[i][0]) <= PunctuationDrop)
            {
                lines[i - 1] = [.. lines[i - 1].Concat(lines[i]).OrderBy(w => w.BoundingBox.Left)];
                lines.RemoveAt(i);
            }
        }

        return lines.Select(GlueColons);
    }

    /// <summary>"单位名称" ":" "重庆市商务委员会" printed as one caption: a colon joins the words it touches on either side.</summary>
    private static List<Word> GlueColons(List<Word> words)
    {
        if (!words.Any(w => IsColon(w.Text)))
            return words;
        var glued = new List<Word>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsColon(word.Text) && glued.Count > 0 && word.BoundingBox.Left - glued[^1].BoundingBox.Right < ColonGap)
            {
                var joined = Join(glued[^1], word);
                if (i + 1 < words.Count && words[i + 1].BoundingBox.Left - word.BoundingBox.Right < ColonGap)
                    joined = Join(joined, words[++i]);
                glued[^1] = joined;
            }
            else
            {
                glued.Add(word);
            }
        }

        return glued;
    }

    private static Word Join(Word left, Word right) =>
        new([.. left.Letters, .. right.Letters]);

    private static bool IsColon(string text) => text is ":" or "：";

    private static IEnumerable<List<Word>> CentredLines(Page page)
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
