using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// The crosswalk between the two economic schemes: for a department-scheme node (30101 基本工资) the government-scheme
/// codes its lines were paired with (50101, 50501) and their amounts, and the reverse for a government-scheme node.
/// Functional nodes have none. Same batching as the amounts (<see cref="NodeFacts"/>).
/// </summary>
public sealed class CrosswalkByNodeLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<NodeAmountKey, CrosswalkRow>(contexts)
{
    protected override async Task<IReadOnlyDictionary<NodeAmountKey, IReadOnlyList<CrosswalkRow>>> FetchAsync(
        BudgetDbContext db, IReadOnlyList<NodeAmountKey> keys, CancellationToken cancellationToken)
    {
        var economic = keys.Where(k => OtherScheme(k.Scheme) is not null).Distinct().ToList();
        var facts = await NodeFacts.LoadAsync(db, economic, cancellationToken);
        return economic.ToDictionary(key => key, key =>
        {
            var other = OtherScheme(key.Scheme)!.Value;
            return (IReadOnlyList<CrosswalkRow>)[.. facts.Under(key)
                .GroupBy(f => NodeFacts.CodeOf(f, other))
                .Where(g => g.Key is not null)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(other, key.Year, g.Key!, LineGroup.Of(g)))];
        });
    }

    private static CrosswalkRow Row(ClassificationScheme scheme, int year, string code, LineGroup group) =>
        new(scheme, year, code, group.Amount, group.Sources);

    private static ClassificationScheme? OtherScheme(ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.EconomicDepartment => ClassificationScheme.EconomicGovernment,
        ClassificationScheme.EconomicGovernment => ClassificationScheme.EconomicDepartment,
        _ => null,
    };
}
