using BudgetGraph.Data.Values;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>Severity of a reconciliation finding.</summary>
public sealed class SeverityGraphType : EnumerationGraphType<Severity>
{
    public SeverityGraphType()
    {
        Name = "Severity";
        Description = "核对结果级别 — how serious a reconciliation finding is.";
        this.Describe("INFO", "Within rounding tolerance (尾差).");
        this.Describe("WARNING", "不一致: a real disagreement between tables.");
        this.Describe("ERROR", "无法使用: an unusable table.");
    }
}
