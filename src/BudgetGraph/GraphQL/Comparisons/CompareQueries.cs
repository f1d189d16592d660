using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
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
            .Description("同比: a year against a base year, group by group; groups of only one year have a null side; when the base year has no document, the change the narrative states (basis STATED).")
            .Argument<NonNullGraphType<IntGraphType>>("baseYear", "基期: the year compared against.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "本期: the compared year.")
            .GroupingArguments("预算阶段 of the compared year: 预算 or 决算.")
            .Argument<BudgetStageGraphType>("baseStage", "基期预算阶段: stage of the base year; defaults to stage (budget 2025 vs final accounts 2024 is allowed).")
            .Argument<ListGraphType<NonNullGraphType<ComparisonSortInputType>>>("order", "排序: sort order, entries apply in sequence (rows without the sorted value last); by key when omitted.")
            .ResolveAsync(async context =>
            {
                var stage = context.Stage();
                var current = new ComparisonPeriod(context.GetArgument<int>("year"), stage);
                var basePeriod = new ComparisonPeriod(context.GetArgument<int>("baseYear"), context.GetArgument<BudgetStage?>("baseStage") ?? stage);
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                var rows = await ComparisonCalculator.ComputeAsync(
                    db, context.Grouping(), basePeriod, current, context.Where(), context.SelectsAny("sources", "baseSources"), context.CancellationToken);
                return ComparisonSort.Apply(rows, context.GetArgument<List<ComparisonSort>?>("order") ?? []);
            });
}
