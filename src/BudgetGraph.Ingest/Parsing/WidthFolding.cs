namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// Folds full-width digits and the full-width full stop (２０２１, １２．５) to ASCII as text enters the importer. Some
/// documents type their years and amounts in full width; .NET's <c>\d</c> matches them but number parsing does not, so
/// unfolded they would pass a pattern and then fail to parse. Full-width punctuation used in sentences (，。) is kept.
/// </summary>
public static class WidthFolding
{
    public static string Fold(string text)
    {
        if (!text.Any(IsFoldable))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
                    '\uFF0E' => '.',
                    _ => c,
                };
            }
        });
    }

    private static bool IsFoldable(char c) => c is (>= '\uFF10' and <= '\uFF19') or '\uFF0E';
}
