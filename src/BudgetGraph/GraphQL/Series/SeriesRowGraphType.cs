using GraphQL.Types;

namespace BudgetGraph.GraphQL.Series;

/// <summary>SeriesRow.</summary>
public sealed class SeriesRowGraphType : ObjectGraphType<SeriesRow>
{
    public SeriesRowGraphType()
    {
        Name = "SeriesRow";
        Description = "时间序列 — one group's amounts year by year.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("分组键: group key, as in breakdown.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Description("名称: name as the latest year with data publishes it.").Resolve(context => context.Source.Label);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointGraphType>>>>("points")
            .Description("年度数值: one point per year of the range, in order; amount null where the group is absent.")
            .Resolve(context => context.Source.Points);
    }
}
