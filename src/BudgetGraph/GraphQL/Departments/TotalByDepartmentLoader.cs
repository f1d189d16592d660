using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Documents;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>
/// Total expenditure of each department's own document of a year and stage, with the cells it comes from, so
/// <c>total</c> and <c>totalSources</c> read the same facts in the same batch: the total row the document prints
/// where it has one (本年支出合计 in final accounts; rounded rows may add up to a fen more or less), else the sum of
/// its Expenditure lines. Null when the department has no such document (a document without expenditure lines
/// totals 0); two queries per distinct (year, stage) in the batch.
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
                select new { document.DepartmentId, DocumentId = document.Id, Line = line })
                .ToListAsync(cancellationToken);
            var documentIds = rows.Select(r => r.DocumentId).Distinct().ToList();
            var printed = await db.PublishedSubtotals.AsNoTracking()
                .Where(s => documentIds.Contains(s.DocumentId) && s.Level == 0 && s.Kind == LineKind.Expenditure && s.ExpenditureType == null)
                .ToDictionaryAsync(s => s.DocumentId, cancellationToken);
            foreach (var department in rows.GroupBy(r => r.DepartmentId))
            {
                var document = department.First().DocumentId;
                var lines = department.Select(r => r.Line).OfType<BudgetLine>().ToList();
                totals[new DepartmentYear(department.Key, year, stage)] = printed.TryGetValue(document, out var total)
                    ? new DepartmentTotal(total.Amount, [new SourceRef(document, total.Source)])
                    : new DepartmentTotal(lines.Sum(l => l.Amount), [.. lines.Select(l => new SourceRef(l.DocumentId, l.Source))]);
            }
        }

        return totals;
    }
}
