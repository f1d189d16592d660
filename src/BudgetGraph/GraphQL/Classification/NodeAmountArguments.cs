using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.Enums;
using GraphQL.Builders;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>The year, where and stage arguments of a node's amount and crosswalk (the same lines, so the same arguments).</summary>
public static class NodeAmountArguments
{
    public static FieldBuilder<TSource, TReturn> AmountArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<NonNullGraphType<IntGraphType>>("year", "预算年度: fiscal year.")
            .Argument<BudgetLineFilterInputType>("where", "筛选: filter on the lines, ANDed with year and stage (as in budgetLines).")
            .Argument<BudgetStageGraphType>("stage", "预算阶段: 预算 or 决算.", argument => argument.DefaultValue = BudgetStage.Budget);
}
