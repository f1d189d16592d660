using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Regions;

/// <summary>Regions by administrative division code.</summary>
public sealed class RegionByCodeLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<string, Region?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, Region?>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().Where(r => keys.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => (Region?)r, cancellationToken);
}
