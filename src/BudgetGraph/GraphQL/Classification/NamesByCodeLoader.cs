using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>A code's node in every year that has it (its name history), by year; one query per batch.</summary>
public sealed class NamesByCodeLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<SchemeCode, ClassificationNode>(contexts)
{
    protected override async Task<IReadOnlyDictionary<SchemeCode, IReadOnlyList<ClassificationNode>>> FetchAsync(
        BudgetDbContext db, IReadOnlyList<SchemeCode> keys, CancellationToken cancellationToken)
    {
        var codes = keys.Select(k => k.Code).Distinct().ToList();
        var nodes = await db.ClassificationNodes.AsNoTracking()
            .Where(n => codes.Contains(n.Code))
            .OrderBy(n => n.Year)
            .ToListAsync(cancellationToken);
        return GroupBy(nodes, n => new SchemeCode(n.Scheme, n.Code));
    }
}
