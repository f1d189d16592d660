using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>Documents by id.</summary>
public sealed class DocumentByIdLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<string, Document?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, Document?>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => keys.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (Document?)d, cancellationToken);
}
