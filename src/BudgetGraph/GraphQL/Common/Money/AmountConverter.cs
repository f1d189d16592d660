using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Common.Money;

/// <summary>Exact conversion of stored amounts (1/10,000 元) into a requested unit, printed without trailing zeros.</summary>
public static class AmountConverter
{
    private const decimal UnitsPerWanYuan = 10_000m * Data.Values.Money.UnitsPerYuan;
    private const decimal UnitsPerYiYuan = 100_000_000m * Data.Values.Money.UnitsPerYuan;

    public static decimal Convert(long units, AmountUnit unit) => Normalize(unit switch
    {
        AmountUnit.WanYuan => units / UnitsPerWanYuan,
        AmountUnit.YiYuan => units / UnitsPerYiYuan,
        _ => Data.Values.Money.ToYuan(units),
    });

    public static decimal? Convert(long? units, AmountUnit unit) => units is { } value ? Convert(value, unit) : null;

    /// <summary>Removes trailing zeros of the scale (195.6000 → 195.6) without changing the value.</summary>
    public static decimal Normalize(decimal value) => Data.Values.Money.Normalize(value);

    /// <summary>The unit a disclosed table states, as an API unit.</summary>
    public static AmountUnit FromTableUnit(TableUnit unit) => unit switch
    {
        TableUnit.WanYuan => AmountUnit.WanYuan,
        TableUnit.YiYuan => AmountUnit.YiYuan,
        _ => AmountUnit.Yuan,
    };
}
