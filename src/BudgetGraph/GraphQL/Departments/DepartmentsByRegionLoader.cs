using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>The departments (scope DEPARTMENT) of regions, by region code.</summary>
public sealed class DepartmentsByRegionLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<string, Department>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Department>>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.Scope == Scope.Department && keys.Contains(d.RegionCode))
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        return GroupBy(departments, d => d.RegionCode);
    }
}
