using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>
/// Total expenditure (the Expenditure lines) of each department's own document of a year and stage. Null when the
/// department has no such document; one query per distinct (year, stage) in the batch.
/// </summary>
public sealed class TotalByDepartmentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<DepartmentYear, long?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<DepartmentYear, long?>> FetchAsync(BudgetDbContext db, IReadOnlyList<DepartmentYear> keys, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<DepartmentYear, long?>();
        foreach (var group in keys.GroupBy(k => (k.Year, k.Stage)))
        {
            var (year, stage) = group.Key;
            var ids = group.Select(k => k.DepartmentId).ToList();
            var documents = await db.Documents.AsNoTracking()
                .Where(d => ids.Contains(d.DepartmentId) && d.Year == year && d.Stage == stage)
                .Select(d => new
                {
                    d.DepartmentId,
                    Total = db.BudgetLines.Where(l => l.DocumentId == d.Id && l.Kind == LineKind.Expenditure).Sum(l => (long?)l.Amount) ?? 0,
                })
                .ToListAsync(cancellationToken);
            foreach (var document in documents.GroupBy(d => d.DepartmentId))
                totals[new DepartmentYear(document.Key, year, stage)] = document.Sum(d => d.Total);
        }

        return totals;
    }
}
