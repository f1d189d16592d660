using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>The units of departments, by the department's id.</summary>
public sealed class UnitsByParentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<string, Department>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Department>>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var units = await db.Departments.AsNoTracking().Where(d => d.ParentId != null && keys.Contains(d.ParentId)).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return GroupBy(units, d => d.ParentId!);
    }
}
