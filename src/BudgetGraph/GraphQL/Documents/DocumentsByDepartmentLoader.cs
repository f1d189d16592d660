using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Documents;

/// <summary>The documents each department published, by year.</summary>
public sealed class DocumentsByDepartmentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<string, Document>(contexts)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Document>>> FetchAsync(BudgetDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.DepartmentId))
            .OrderBy(d => d.Year).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        return GroupBy(documents, d => d.DepartmentId);
    }
}
