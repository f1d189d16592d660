using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Documents;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>
/// Total expenditure (the Expenditure lines) of each department's own document of a year and stage, with the cells
/// it adds up, so <c>total</c> and <c>totalSources</c> read the same facts in the same batch. Null when the
/// department has no such document (a document without expenditure lines totals 0); one query per distinct
/// (year, stage) in the batch.
/// </summary>
public sealed class TotalByDepartmentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<DepartmentYear, DepartmentTotal?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<DepartmentYear, DepartmentTotal?>> FetchAsync(BudgetDbContext db, IReadOnlyList<DepartmentYear> keys, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<DepartmentYear, DepartmentTotal?>();
        foreach (var group in keys.GroupBy(k => (k.Year, k.Stage)))
        {
            var (year, stage) = group.Key;
            var ids = group.Select(k => k.DepartmentId).ToList();
            // Left join: a document whose expenditure table is empty still yields its department (total 0, not null).
            var rows = await (
                from document in db.Documents.AsNoTracking()
                where ids.Contains(document.DepartmentId) && document.Year == year && document.Stage == stage
                from line in db.BudgetLines.AsNoTracking().Where(l => l.DocumentId == document.Id && l.Kind == LineKind.Expenditure).DefaultIfEmpty()
                orderby document.Id, line!.Id
                select new { document.DepartmentId, Line = line })
                .ToListAsync(cancellationToken);
            foreach (var department in rows.GroupBy(r => r.DepartmentId))
            {
                var lines = department.Select(r => r.Line).OfType<BudgetLine>().ToList();
                totals[new DepartmentYear(department.Key, year, stage)] = new DepartmentTotal(
                    lines.Sum(l => l.Amount), [.. lines.Select(l => new SourceRef(l.DocumentId, l.Source))]);
            }
        }

        return totals;
    }
}
