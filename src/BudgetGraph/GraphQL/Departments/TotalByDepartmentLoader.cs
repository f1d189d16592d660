using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Common.DataLoading;
using BudgetGraph.GraphQL.Documents;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>
/// Total expenditure of each department's own document of a year and stage, with the cells it comes from, so
/// <c>total</c> and <c>totalSources</c> read the same facts in the same batch: the document's DEPARTMENT rollup (the
/// total row it prints where it has one — 本年支出合计 in final accounts; rounded rows may add up to a fen more or less —
/// else the sum of its Expenditure lines, decided once at import: LineRollups), cited by that printed cell or by the
/// lines. Null when the department has no such document (a document without expenditure lines totals 0).
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
            // Left join: a document without expenditure lines has no DEPARTMENT rollup and totals 0, not null.
            var rows = await (
                from document in db.Documents.AsNoTracking()
                where ids.Contains(document.DepartmentId) && document.Year == year && document.Stage == stage
                from rollup in db.LineRollups.AsNoTracking().Where(r => r.DocumentId == document.Id && r.Dimension == Dimension.Department && r.Level == 1).DefaultIfEmpty()
                orderby document.Id
                select new { document.Id, document.DepartmentId, Amount = (long?)rollup!.Amount, Printed = (bool?)rollup.Printed })
                .ToListAsync(cancellationToken);
            var documents = rows.DistinctBy(r => r.Id).ToList();
            var documentIds = documents.Select(d => d.Id).ToList();
            var rollups = rows.Where(r => r.Amount is not null).ToLookup(r => r.Id);
            var printedIds = documentIds.Where(id => rollups[id].Any(r => r.Printed == true)).ToList();
            var printed = printedIds.Count == 0 ? [] : await db.PublishedSubtotals.AsNoTracking()
                .Where(s => printedIds.Contains(s.DocumentId) && s.Level == 0 && s.Kind == LineKind.Expenditure && s.ExpenditureType == null)
                .ToDictionaryAsync(s => s.DocumentId, s => s.Source, cancellationToken);
            var summedIds = documentIds.Except(printed.Keys).ToList();
            // Every document's total printed: no lines to cite, no query.
            var lines = (summedIds.Count == 0 ? [] : await db.BudgetLines.AsNoTracking()
                    .Where(l => summedIds.Contains(l.DocumentId) && l.Kind == LineKind.Expenditure)
                    .OrderBy(l => l.Id)
                    .Select(l => new CitedLine(l.DocumentId, l.Source))
                    .ToListAsync(cancellationToken))
                .ToLookup(l => l.DocumentId);
            foreach (var document in documents.GroupBy(d => d.DepartmentId).Select(g => g.First()))
            {
                totals[new DepartmentYear(document.DepartmentId, year, stage)] = new DepartmentTotal(
                    rollups[document.Id].Sum(r => r.Amount!.Value),
                    printed.TryGetValue(document.Id, out var cell) ? [new SourceRef(document.Id, cell)] : [.. lines[document.Id].Select(l => new SourceRef(document.Id, l.Source))]);
            }
        }

        return totals;
    }

    private sealed record CitedLine(string DocumentId, SourceLocation Source);
}
