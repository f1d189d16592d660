using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetGraph.Ingest.Formats.Indicators;

/// <summary>
/// A performance target's value split into operator, number and measure ("≤20.594562万元" → ≤, 20.594562, 万元).
/// Only values that are exactly [operator] number [measure] are split; anything else ("每月25日", "明显提升") keeps
/// only its published text, because guessing would invent a target the document does not state.
/// </summary>
public sealed partial record IndicatorValue(string? Operator, double? Number, string? Measure)
{
    public static IndicatorValue None { get; } = new(null, null, null);

    public static IndicatorValue Parse(string value)
    {
        var match = ValuePattern().Match(value.Trim());
        if (!match.Success)
            return None;
        var op = match.Groups["op"].Success ? NormaliseOperator(match.Groups["op"].Value) : null;
        var number = double.Parse(match.Groups["num"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var measure = match.Groups["measure"].Success && match.Groups["measure"].Value.Length > 0 ? match.Groups["measure"].Value : null;
        return new IndicatorValue(op, number, measure);
    }

    private static string NormaliseOperator(string op) => op switch
    {
        "<=" or "≦" => "≤",
        ">=" or "≧" => "≥",
        "＜" => "<",
        "＞" => ">",
        "＝" => "=",
        _ => op,
    };

    [GeneratedRegex(@"^(?<op>≤|≥|<=|>=|≦|≧|<|>|=|＜|＞|＝)?\s*(?<num>\d+(?:\.\d+)?)\s*(?<measure>%|‰|台（套）|[\p{IsCJKUnifiedIdeographs}]{1,3})?$")]
    private static partial Regex ValuePattern();
}
