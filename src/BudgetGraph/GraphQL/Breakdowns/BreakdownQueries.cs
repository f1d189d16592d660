using BudgetGraph.Data;
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
            .Argument<NonNullGraphType<IntGraphType>>("year", "预算年度: fiscal year.")
            .GroupingArguments("预算阶段: 预算 or 决算.")
            .ResolveAsync(async context =>
            {
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await BreakdownCalculator.ComputeAsync(
                    db, context.Grouping(), context.GetArgument<int>("year"), context.Stage(), context.Where(), context.SelectsAny("sources"), context.CancellationToken);
            });
}
