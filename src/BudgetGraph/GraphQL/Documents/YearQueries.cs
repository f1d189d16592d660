using BudgetGraph.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Query.years.</summary>
public sealed class YearQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years")
            .Description("预算年度: fiscal years that have data, ascending.")
            .ResolveAsync(async context =>
            {
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await db.Documents.AsNoTracking().Select(d => d.Year).Distinct().OrderBy(y => y).ToListAsync(context.CancellationToken);
            });
}
