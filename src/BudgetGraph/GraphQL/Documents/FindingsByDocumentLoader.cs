using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>The reconciliation findings of documents, with their locations.</summary>
public sealed class FindingsByDocumentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<string, Finding>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Finding>>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var findings = await db.Findings.AsNoTracking()
            .Where(f => keys.Contains(f.DocumentId))
            .Include(f => f.Locations)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        return GroupBy(findings, f => f.DocumentId);
    }
}
