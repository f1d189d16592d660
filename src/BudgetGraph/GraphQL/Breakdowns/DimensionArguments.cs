using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.Enums;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>The grouping arguments breakdown, compare and series share: by, level, where and stage.</summary>
public static class DimensionArguments
{
    public static FieldBuilder<TSource, TReturn> GroupingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string stageDescription) =>
        field.Argument<NonNullGraphType<DimensionGraphType>>("by", "分析维度: what to group by.")
            .Argument<IntGraphType>("level", "层级: classification level, 1 = 类 (default), 2 = 款, 3 = 项 (functional only).")
            .Argument<BudgetLineFilterInputType>("where", "筛选: filter on the lines (department, region, codes, …), ANDed with the years and stage.")
            .Argument<BudgetStageGraphType>("stage", stageDescription, argument => argument.DefaultValue = BudgetStage.Budget);

    public static DimensionGrouping Grouping(this IResolveFieldContext context) =>
        DimensionGrouping.Create(context.GetArgument<Dimension>("by"), context.GetArgument<int?>("level"));

    public static BudgetStage Stage(this IResolveFieldContext context) => context.GetArgument("stage", BudgetStage.Budget);

    public static BudgetLineFilter? Where(this IResolveFieldContext context) => context.GetArgument<BudgetLineFilter?>("where");
}
