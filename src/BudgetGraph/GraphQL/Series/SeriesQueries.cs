using BudgetGraph.Data;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Series;

/// <summary>Query.series.</summary>
public sealed class SeriesQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    /// <summary>A series spans at most this many years: enough for any run of disclosures, bounded for a public API.</summary>
    public const int MaxYears = 30;

    /// <summary>The fiscal years a series may name: any disclosure the API can hold (PRC budgets since 1950), with room to spare.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesRowGraphType>>>>("series")
            .Description("多年序列: the amounts of each group year by year, in one call (breakdown over a range of years).")
            .Argument<NonNullGraphType<IntGraphType>>("fromYear", "起始年度: first fiscal year.")
            .Argument<NonNullGraphType<IntGraphType>>("toYear", "截止年度: last fiscal year (inclusive).")
            .GroupingArguments("预算阶段: 预算 or 决算 (the same for every year).")
            .ResolveAsync(async context =>
            {
                var fromYear = context.GetArgument<int>("fromYear");
                var toYear = context.GetArgument<int>("toYear");
                if (fromYear is < FirstYear or > LastYear || toYear is < FirstYear or > LastYear)
                    throw new BadUserInputError($"fromYear {fromYear} and toYear {toYear} must be fiscal years from {FirstYear} to {LastYear}.");
                if (toYear < fromYear || (long)toYear - fromYear >= MaxYears)
                    throw new BadUserInputError($"fromYear {fromYear} to toYear {toYear} is not a range of 1 to {MaxYears} years.");
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await SeriesCalculator.ComputeAsync(db, context.Grouping(), fromYear, toYear, context.Stage(), context.Where(), context.CancellationToken);
            });
}
