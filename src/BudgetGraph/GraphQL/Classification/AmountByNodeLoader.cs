using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// Rolled-up amounts of classification nodes: the lines whose code starts with the node's code. One query per
/// distinct (year, stage, filter) in the batch; null when no line falls under the node.
/// </summary>
public sealed class AmountByNodeLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<NodeAmountKey, long?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<NodeAmountKey, long?>> FetchAsync(BudgetDbContext db, IReadOnlyList<NodeAmountKey> keys, CancellationToken cancellationToken)
    {
        var amounts = new Dictionary<NodeAmountKey, long?>();
        foreach (var group in keys.GroupBy(k => (k.Year, k.Stage, k.FilterJson)))
        {
            var where = JsonSerializer.Deserialize<BudgetLineFilter?>(group.Key.FilterJson);
            // Each scheme sums its own view: functional codes the expenditure lines, economic codes the economic lines.
            var factsOfKind = new Dictionary<LineKind, List<LineFact>>();
            foreach (var kind in group.Select(k => KindOf(k.Scheme)).Distinct())
                factsOfKind[kind] = await LineFacts.LoadAsync(db, kind, group.Key.Year, group.Key.Stage, where, cancellationToken);
            foreach (var key in group)
            {
                var matching = factsOfKind[KindOf(key.Scheme)]
                    .Where(f => CodeOf(f, key.Scheme) is { } code && code.StartsWith(key.Code, StringComparison.Ordinal))
                    .ToList();
                amounts[key] = matching.Count == 0 ? null : matching.Sum(f => f.Amount);
            }
        }

        return amounts;
    }

    private static LineKind KindOf(ClassificationScheme scheme) =>
        scheme == ClassificationScheme.Functional ? LineKind.Expenditure : LineKind.Economic;

    private static string? CodeOf(LineFact fact, ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Functional => fact.FunctionalCode,
        ClassificationScheme.EconomicDepartment => fact.EconomicDepartmentCode,
        _ => fact.EconomicGovernmentCode,
    };
}
