using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Rollups;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// Rolled-up amounts of classification nodes with their cells: a node's amount is its group in the breakdown of its
/// scheme at its level (<see cref="LineSums"/>: the rollup, printed 类/款 subtotals standing in as the importer decided,
/// or the lines for filters the rollup is not keyed by), cited as the breakdown cites it; one breakdown per distinct
/// (year, stage, filter, scheme, level) among the keys, however many nodes ask. Null when no line falls under the node.
/// </summary>
public sealed class AmountByNodeLoader(IDbContextFactory<BudgetDbContext> contexts) : DbBatchLoader<NodeAmountKey, LineGroup?>(contexts)
{
    protected override async Task<IReadOnlyDictionary<NodeAmountKey, LineGroup?>> FetchAsync(BudgetDbContext db, IReadOnlyList<NodeAmountKey> keys, CancellationToken cancellationToken)
    {
        var amounts = new Dictionary<NodeAmountKey, LineGroup?>();
        foreach (var batch in keys.Distinct().GroupBy(k => (k.Year, k.Stage, k.FilterJson, k.Scheme, k.Code.Length)))
        {
            var (year, stage, filterJson, scheme, length) = batch.Key;
            var dimension = scheme switch
            {
                ClassificationScheme.Functional => Dimension.Functional,
                ClassificationScheme.EconomicDepartment => Dimension.EconomicDepartment,
                _ => Dimension.EconomicGovernment,
            };
            var level = Enumerable.Range(1, LineRollups.Levels(dimension)).FirstOrDefault(l => LineRollups.CodeLength(dimension, l) == length);
            if (level == 0)
            {
                // A code of no level of its scheme: no line is keyed by it.
                foreach (var key in batch)
                    amounts[key] = null;
                continue;
            }

            var grouping = DimensionGrouping.Create(dimension, level);
            var where = JsonSerializer.Deserialize<BudgetLineFilter?>(filterJson);
            var sums = await LineSums.LoadAsync(db, grouping, year, null, stage, where, year, cancellationToken);
            var groups = (await BreakdownCalculator.CellsAsync(db, grouping, sums, year, year, stage, where, cancellationToken))
                .GroupBy(c => c.Key)
                .ToDictionary(g => g.Key, g => new LineGroup(g.Sum(c => c.Sum.Amount), [.. g.SelectMany(c => c.Cells)]));
            foreach (var key in batch)
                amounts[key] = groups.GetValueOrDefault(key.Code);
        }

        return amounts;
    }
}
