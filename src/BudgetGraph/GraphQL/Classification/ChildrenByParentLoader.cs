using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>The children of classification nodes (keyed by the parent), by code.</summary>
public sealed class ChildrenByParentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<NodeKey, ClassificationNode>(contexts)
{
    protected override async Task<IReadOnlyDictionary<NodeKey, IReadOnlyList<ClassificationNode>>> FetchAsync(BudgetDbContext db, IReadOnlyList<NodeKey> keys, CancellationToken cancellationToken)
    {
        var parents = keys.Select(k => k.Code).Distinct().ToList();
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var children = await db.ClassificationNodes.AsNoTracking()
            .Where(n => n.ParentCode != null && parents.Contains(n.ParentCode) && years.Contains(n.Year))
            .OrderBy(n => n.Code)
            .ToListAsync(cancellationToken);
        return GroupBy(children, n => new NodeKey(n.Scheme, n.Year, n.ParentCode!));
    }
}
