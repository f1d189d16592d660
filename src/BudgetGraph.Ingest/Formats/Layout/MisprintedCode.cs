namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// Codes printed short, completed from the rows above them. A 款 row that prints only its own part ("03 职业教育" under
/// 205, Changsha) is 20503: a layout, not an error. A 项 row whose 类 part is misprinted ("7 11 02" where the rows above
/// are 210 and 210 11) has a 款 part matching the 款 row above it, so its code is the one the hierarchy implies, 2101102,
/// and the row keeps what it printed for the finding that shows both. Anything else is left for the caller to refuse.
/// </summary>
internal static class MisprintedCode
{
    public static ClassifiedRow? Repair(ClassifiedRow row, string? parentClass, string? parentSection)
    {
        var codes = row.Row.Codes;
        if (codes.Count == 1 && codes[0].Length == 2 && parentClass is not null)
            return row with { Code = parentClass + codes[0] };
        if (parentSection is null || codes.Count != 3 || codes[1] != parentSection[3..])
            return null;
        return row with { Code = parentSection + codes[2], MisprintedCode = string.Join(" ", codes) };
    }
}
