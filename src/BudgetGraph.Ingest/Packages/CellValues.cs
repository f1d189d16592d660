using System.Globalization;
using System.Text;
using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Packages;

/// <summary>Cells of the data package's CSVs: invariant numbers, enum values as the API spells them, exact amounts in 元.</summary>
public static class CellValues
{
    public static string? Whole(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Frictionless boolean: true or false.</summary>
    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>Stored 1/10,000 元 as exact 元 without trailing zeros (1956000, 205945.62).</summary>
    public static string? Yuan(long? units) => units is { } value ? Yuan(value) : null;

    public static string Yuan(long units) => Money.Normalize(Money.ToYuan(units)).ToString(CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC with the fraction it has, the form Frictionless' datetime reads.</summary>
    public static string DateTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>The GraphQL enum value of a stored enum (FinalAccounts → FINAL_ACCOUNTS), so files and API agree.</summary>
    public static string? Enum<TEnum>(TEnum? value)
        where TEnum : struct, System.Enum =>
        value is { } v ? ConstantCase(v.ToString()) : null;

    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        ConstantCase(value.ToString());

    private static string ConstantCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
                text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
