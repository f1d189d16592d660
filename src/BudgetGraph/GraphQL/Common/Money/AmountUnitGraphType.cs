using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Money;

/// <summary>AmountUnit enum: YUAN 元, WAN_YUAN 万元, YI_YUAN 亿元.</summary>
public sealed class AmountUnitGraphType : EnumerationGraphType<AmountUnit>
{
    public AmountUnitGraphType()
    {
        Name = "AmountUnit";
        Description = "货币单位 — the unit an amount is returned in; conversion is exact.";
        this.Describe("YUAN", "元 (yuan).");
        this.Describe("WAN_YUAN", "万元 (10,000 yuan), the unit most disclosures print.");
        this.Describe("YI_YUAN", "亿元 (100 million yuan).");
    }
}
