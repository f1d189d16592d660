using BudgetGraph.GraphQL.Common.Money;
using BudgetGraph.GraphQL.Documents;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Series;

/// <summary>SeriesPoint.</summary>
public sealed class SeriesPointGraphType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointGraphType()
    {
        Name = "SeriesPoint";
        Description = "年度数值 — a group's amount in one year of a series.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("预算年度: fiscal year.").Resolve(context => context.Source.Year);
        this.NullableAmountField("amount", "金额: the group's sum that year; null = the group has no lines that year (no document, or the code does not occur).", point => point.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRefGraphType>>>>("sources").Description("出处: the published cells the amount adds up.").Resolve(context => context.Source.Sources);
    }
}
