using BudgetGraph.Data;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>The fiscal years a department has documents for.</summary>
public sealed class YearsByDepartmentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<string, int>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var years = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.DepartmentId))
            .Select(d => new { d.DepartmentId, d.Year })
            .Distinct()
            .ToListAsync(cancellationToken);
        return years.GroupBy(y => y.DepartmentId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<int>)[.. group.Select(y => y.Year).Order()]);
    }
}
