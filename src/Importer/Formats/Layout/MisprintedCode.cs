namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// A 项 row whose 类 part is misprinted ("7 11 02" where the rows above are 210 and 210 11): its 款 part matches the 款
/// row above it, so its code is the one the hierarchy implies, 2101102, and the row keeps what it printed for the finding
/// that shows both. Anything else is left for the caller to refuse.
/// </summary>
internal static class MisprintedCode
{
    public static ClassifiedRow? Repair(ClassifiedRow row, string? parent)
    {
        var codes = row.Row.Codes;
        if (parent is null || codes.Count != 3 || codes[1] != parent[3..])
            return null;
        return row with { Code = parent + codes[2], MisprintedCode = string.Join(" ", codes) };
    }
}
