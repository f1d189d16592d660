using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>Classification nodes by scheme, year and code; one query per batch.</summary>
public sealed class NodeByKeyLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<NodeKey, ClassificationNode?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<NodeKey, ClassificationNode?>> FetchAsync(BudgetDbContext db, IReadOnlyList<NodeKey> keys, CancellationToken cancellationToken)
    {
        var codes = keys.Select(k => k.Code).Distinct().ToList();
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var nodes = await db.ClassificationNodes.AsNoTracking()
            .Where(n => codes.Contains(n.Code) && years.Contains(n.Year))
            .ToListAsync(cancellationToken);
        var wanted = keys.ToHashSet();
        return nodes.Select(n => (Key: new NodeKey(n.Scheme, n.Year, n.Code), Node: n))
            .Where(pair => wanted.Contains(pair.Key))
            .ToDictionary(pair => pair.Key, pair => (ClassificationNode?)pair.Node);
    }
}
