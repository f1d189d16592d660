using BudgetGraph.GraphQL.Common.Money;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>ComparisonRow.</summary>
public sealed class ComparisonRowGraphType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowGraphType()
    {
        Name = "ComparisonRow";
        Description = "同比 — one group compared between a base year and a year.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Group key, as in breakdown.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Name as published.").Resolve(context => context.Source.Label);
        this.NullableAmountField("base", "上年数 (base year); null = not present in the base year.", row => row.Base);
        this.NullableAmountField("current", "本年数 (compared year); null = not present in the compared year.", row => row.Current);
        this.NullableAmountField("change", "增减额: current − base.", row => row.Change);
        Field<FloatGraphType>("changePercent").Description("增减率 in percent (−33.81); null when the base is 0 or null.").Resolve(context => context.Source.ChangePercent);
        Field<NonNullGraphType<ComparisonBasisGraphType>>("basis").Description("DOCUMENTS or STATED (a figure stated in a narrative).").Resolve(context => context.Source.Basis);
        this.NullableAmountField("statedChange", "The change the narrative states, when it does.", row => row.StatedChange);
        Field<StringGraphType>("statedReason").Description("主要原因: the reason the narrative gives.").Resolve(context => context.Source.StatedReason);
    }
}
