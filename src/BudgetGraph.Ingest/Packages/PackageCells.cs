using System.Globalization;
using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Packages;

/// <summary>Reads the cells <see cref="CellValues"/> writes: invariant numbers, enum values as the API spells them, exact 元.</summary>
public static class PackageCells
{
    public static string Required(IReadOnlyDictionary<string, string?> row, string field) =>
        row[field] ?? throw new InvalidDataException($"the package's {field} is empty where it is required");

    public static int? Whole(IReadOnlyDictionary<string, string?> row, string field) =>
        row[field] is { } text ? int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    public static long? WholeLong(IReadOnlyDictionary<string, string?> row, string field) =>
        row[field] is { } text ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    public static decimal? Exact(IReadOnlyDictionary<string, string?> row, string field) =>
        row[field] is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    /// <summary>An amount in 元, back in the stored 1/10,000 元.</summary>
    public static long? Units(IReadOnlyDictionary<string, string?> row, string field) =>
        Exact(row, field) is { } yuan ? Money.FromYuan(yuan) : null;

    public static bool Flag(IReadOnlyDictionary<string, string?> row, string field) => row[field] == "true";

    /// <summary>The enum value a GraphQL-style constant (FINAL_ACCOUNTS) names.</summary>
    public static TEnum? Enum<TEnum>(IReadOnlyDictionary<string, string?> row, string field)
        where TEnum : struct, System.Enum =>
        row[field] is { } text ? global::System.Enum.Parse<TEnum>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true) : null;
}
