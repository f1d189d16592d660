using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.Enums;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>Query.breakdown.</summary>
public sealed class BreakdownQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BreakdownRowGraphType>>>>("breakdown")
            .Description("分组合计: the money of a year grouped by a dimension, with each group's share. Department figures come from documents of department scope.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Fiscal year.")
            .Argument<NonNullGraphType<DimensionGraphType>>("by", "What to group by.")
            .Argument<IntGraphType>("level", "Classification level: 1 = 类 (default), 2 = 款, 3 = 项 (functional only).")
            .Argument<BudgetLineFilterInputType>("where", "Filter, ANDed with year and stage.")
            .Argument<BudgetStageGraphType>("stage", "预算 or 决算.", argument => argument.DefaultValue = BudgetStage.Budget)
            .ResolveAsync(async context =>
            {
                var grouping = DimensionGrouping.Create(context.GetArgument<Dimension>("by"), context.GetArgument<int?>("level"));
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await BreakdownCalculator.ComputeAsync(
                    db, grouping, context.GetArgument<int>("year"), context.GetArgument("stage", BudgetStage.Budget),
                    context.GetArgument<BudgetLineFilter?>("where"), context.CancellationToken);
            });
}
