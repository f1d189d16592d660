using System.Globalization;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;

namespace BudgetGraph.Ingest.Validation;

/// <summary>Stored units printed back in a table's unit, for messages a reader compares with the document.</summary>
public static class AmountFormat
{
    public static string In(long units, TableUnit unit) =>
        (units / (UnitCaption.YuanPer(unit) * Money.UnitsPerYuan)).ToString("#,0.00##", CultureInfo.InvariantCulture) + " " + Name(unit);

    public static string Name(TableUnit unit) => unit switch
    {
        TableUnit.Yuan => "元",
        TableUnit.WanYuan => "万元",
        TableUnit.YiYuan => "亿元",
        _ => unit.ToString(),
    };
}
