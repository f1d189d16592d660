using BudgetGraph.Data;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// Rolled-up amounts of classification nodes with their cells: the lines whose code starts with the node's code
/// (<see cref="NodeFacts"/>); null when no line falls under the node.
/// </summary>
public sealed class AmountByNodeLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<NodeAmountKey, LineGroup?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<NodeAmountKey, LineGroup?>> FetchAsync(BudgetDbContext db, IReadOnlyList<NodeAmountKey> keys, CancellationToken cancellationToken)
    {
        var facts = await NodeFacts.LoadAsync(db, keys, cancellationToken);
        return keys.Distinct().ToDictionary(key => key, key =>
        {
            var matching = facts.Under(key).ToList();
            return matching.Count == 0 ? null : LineGroup.Of(matching);
        });
    }
}
