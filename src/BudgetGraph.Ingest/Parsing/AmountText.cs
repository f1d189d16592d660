using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// Strict reading of published amounts: digits with an optional sign, thousands separators in groups of three and one
/// decimal point. Anything else (`12..5`, `1,23`, `12.5.0`) is rejected instead of guessed. Some spreadsheets print only
/// the last separator (`121748,642` = 121,748,642, Shanghai municipal units): groups after the first comma must still
/// be three digits, so this reads the same number and admits no other reading.
/// </summary>
public static partial class AmountText
{
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (!AmountPattern().IsMatch(trimmed))
            return false;
        return decimal.TryParse(trimmed.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>True when the text looks like an amount with decimals (200.5), not a code (201) or a name.</summary>
    public static bool IsDecimalAmount(string? text) =>
        text is not null && text.Contains('.', StringComparison.Ordinal) && TryParse(text, out _);

    /// <summary>Number of digits after the decimal point as printed.</summary>
    public static int Decimals(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    /// <summary>A four-digit year (19xx, 20xx): alone on a line by a title, or before 年 in a header, it is a date, not an amount.</summary>
    public static bool IsYear(string text) => Year().IsMatch(text);

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[+-]?\d+(,\d{3})*(\.\d+)?$")]
    private static partial Regex AmountPattern();
}
