using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>The disclosed tables of documents with their rows: the header rows first, then the data rows by number.</summary>
public sealed class TablesByDocumentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<string, DisclosedTable>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<DisclosedTable>>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var tables = await db.DisclosedTables.AsNoTracking()
            .Where(t => keys.Contains(t.DocumentId))
            .Include(t => t.Rows.OrderByDescending(r => r.IsHeader).ThenBy(r => r.Row).ThenBy(r => r.Id))
            .OrderBy(t => t.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return GroupBy(tables, t => t.DocumentId);
    }
}
