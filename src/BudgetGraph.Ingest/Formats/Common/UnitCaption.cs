using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>Reads a table's unit caption (单位：万元) and scales its amounts to 1/10,000 元.</summary>
public static class UnitCaption
{
    public static TableUnit? Parse(string? caption)
    {
        if (caption is null)
            return null;
        var unit = caption.Replace("单位", "", StringComparison.Ordinal).Trim('：', ':', ' ', '\u3000');
        return unit switch
        {
            "元" => TableUnit.Yuan,
            "万元" => TableUnit.WanYuan,
            "亿元" => TableUnit.YiYuan,
            _ => null,
        };
    }

    public static decimal YuanPer(TableUnit unit) => unit switch
    {
        TableUnit.Yuan => 1m,
        TableUnit.WanYuan => 10_000m,
        TableUnit.YiYuan => 100_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>An amount printed in <paramref name="unit"/> as stored units (1/10,000 元).</summary>
    public static long ToUnits(decimal amount, TableUnit unit) => Money.FromYuan(amount * YuanPer(unit));
}
