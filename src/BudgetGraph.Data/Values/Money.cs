namespace BudgetGraph.Data.Values;

/// <summary>
/// Amounts are stored as whole numbers of 1/10,000 元 (long). That is exact for 元 with fen and for 万元
/// with up to eight decimals, sums with plain SQL SUM on every provider, and leaves room for 9×10^14 元.
/// </summary>
public static class Money
{
    public const long UnitsPerYuan = 10_000;

    public static decimal ToYuan(long units) => units / (decimal)UnitsPerYuan;

    /// <summary>Converts an exact yuan amount; throws when it has more precision than we store.</summary>
    public static long FromYuan(decimal yuan)
    {
        var scaled = yuan * UnitsPerYuan;
        if (scaled != decimal.Truncate(scaled))
            throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "More than four decimals of a yuan cannot be stored exactly.");
        return (long)scaled;
    }

    /// <summary>Removes trailing zeros of the scale (195.6000 → 195.6) without changing the value.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
