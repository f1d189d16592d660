using System.Buffers;
using System.Globalization;
using GraphQL.Execution;

namespace BudgetGraph.Export;

/// <summary>
/// A value as CSV cell text: numbers as the JSON has them (invariant culture; decimals exact, without exponent),
/// strings as they are, a list (or any object) as its JSON, null as an empty cell.
/// </summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        double number => Plain(number),
        float number => Plain(number),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        ExecutionNode node => ExportJson.Serialize(node),
        IFormattable formattable when value.GetType().IsPrimitive => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => ExportJson.Serialize(value),
    };

    /// <summary>
    /// <see cref="Of"/> for a file people open in a spreadsheet: a text cell starting with =, +, -, @, tab or CR would
    /// be run as a formula (CSV injection), so it gets a leading apostrophe, which spreadsheets show as text. Numbers
    /// are numbers in the result, not text, so a negative amount is never touched.
    /// </summary>
    public static string ForSpreadsheet(object? value) =>
        value is string { Length: > 0 } text && _formulaStarts.Contains(text[0]) ? "'" + text : Of(value);

    private static readonly SearchValues<char> _formulaStarts = SearchValues.Create("=+-@\t\r");

    /// <summary>
    /// The shortest round-trip text, as JSON writes a Float; spreadsheets read 1E-05 as text in some locales, so an
    /// exponent is spelled out through decimal (exact to the double's 15 significant digits).
    /// </summary>
    private static string Plain(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) && Math.Abs(number) < (double)decimal.MaxValue
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : text;
    }
}
