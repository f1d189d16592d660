using BudgetGraph.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Regions;

/// <summary>Query.regions.</summary>
public sealed class RegionQueries(IDbContextFactory<BudgetDbContext> contexts) : IQueryFields
{
    private readonly IDbContextFactory<BudgetDbContext> _contexts = contexts;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>>("regions")
            .Description("行政区划: every administrative division that has departments, by code.")
            .ResolveAsync(async context =>
            {
                await using var db = await _contexts.CreateDbContextAsync(context.CancellationToken);
                return await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(context.CancellationToken);
            });
}
