using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.Enums;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>Query.compare.</summary>
public sealed class CompareQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowGraphType>>>>("compare")
            .Description("同比: a year against a base year, group by group; when the base year has no document, the change the narrative states (basis STATED).")
            .Argument<NonNullGraphType<IntGraphType>>("baseYear", "The year compared against.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The compared year.")
            .Argument<NonNullGraphType<DimensionGraphType>>("by", "What to group by.")
            .Argument<IntGraphType>("level", "Classification level: 1 = 类 (default), 2 = 款, 3 = 项 (functional only).")
            .Argument<BudgetLineFilterInputType>("where", "Filter, ANDed with each year and stage.")
            .Argument<BudgetStageGraphType>("stage", "Stage of the compared year.", argument => argument.DefaultValue = BudgetStage.Budget)
            .Argument<BudgetStageGraphType>("baseStage", "Stage of the base year; defaults to stage (budget 2025 vs final accounts 2024 is allowed).")
            .ResolveAsync(async context =>
            {
                var grouping = DimensionGrouping.Create(context.GetArgument<Dimension>("by"), context.GetArgument<int?>("level"));
                var stage = context.GetArgument("stage", BudgetStage.Budget);
                var current = new ComparisonPeriod(context.GetArgument<int>("year"), stage);
                var basePeriod = new ComparisonPeriod(context.GetArgument<int>("baseYear"), context.GetArgument<BudgetStage?>("baseStage") ?? stage);
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await ComparisonCalculator.ComputeAsync(db, grouping, basePeriod, current, context.GetArgument<BudgetLineFilter?>("where"), context.CancellationToken);
            });
}
