using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>Departments and units by id.</summary>
public sealed class DepartmentByIdLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<string, Department?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, Department?>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().Where(d => keys.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (Department?)d, cancellationToken);
}
