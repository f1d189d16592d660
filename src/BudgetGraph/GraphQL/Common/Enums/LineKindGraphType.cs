using BudgetGraph.Data.Values;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>LineKind: which view (and so which table) a budget line belongs to.</summary>
public sealed class LineKindGraphType : EnumerationGraphType<LineKind>
{
    public LineKindGraphType()
    {
        Name = "LineKind";
        Description = "明细口径 — which view of the money a line belongs to; each view sums to the total once.";
        this.Describe("EXPENDITURE", "支出 by functional 项 and expenditure type (Henan table 03); feeds totals.");
        this.Describe("ECONOMIC", "基本支出 by economic code (Henan table 06), plus PROJECT, UNALLOCATED and OTHER_FUNDS rows.");
        this.Describe("INCOME", "收入 by funding source (Henan table 02).");
    }
}
