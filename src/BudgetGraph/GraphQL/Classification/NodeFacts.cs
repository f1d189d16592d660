using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Values;
using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;

namespace BudgetGraph.GraphQL.Classification;

/// <summary>
/// The lines classified under a batch of nodes: one query per distinct (year, stage, filter, view) among the keys,
/// however many nodes ask. Each scheme sums its own view: functional codes the expenditure lines, economic codes the
/// economic lines (DOMAIN.md: each view comes from one table). The crosswalk reads them (a node's amount is its
/// breakdown group: <see cref="AmountByNodeLoader"/>).
/// </summary>
public sealed class NodeFacts
{
    private readonly Dictionary<(int Year, BudgetStage Stage, string FilterJson, LineKind Kind), List<LineFact>> _facts;

    private NodeFacts(Dictionary<(int, BudgetStage, string, LineKind), List<LineFact>> facts) => _facts = facts;

    public static async Task<NodeFacts> LoadAsync(BudgetDbContext db, IEnumerable<NodeAmountKey> keys, CancellationToken cancellationToken)
    {
        var facts = new Dictionary<(int, BudgetStage, string, LineKind), List<LineFact>>();
        foreach (var (year, stage, filterJson, kind) in keys.Select(k => (k.Year, k.Stage, k.FilterJson, KindOf(k.Scheme))).Distinct())
        {
            var where = JsonSerializer.Deserialize<BudgetLineFilter?>(filterJson);
            facts[(year, stage, filterJson, kind)] = await LineFacts.LoadAsync(db, kind, year, stage, where, cancellationToken);
        }

        return new NodeFacts(facts);
    }

    /// <summary>The lines whose code of the key's scheme starts with the key's code.</summary>
    public IEnumerable<LineFact> Under(NodeAmountKey key) =>
        _facts[(key.Year, key.Stage, key.FilterJson, KindOf(key.Scheme))]
            .Where(f => CodeOf(f, key.Scheme) is { } code && code.StartsWith(key.Code, StringComparison.Ordinal));

    public static string? CodeOf(LineFact fact, ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Functional => fact.FunctionalCode,
        ClassificationScheme.EconomicDepartment => fact.EconomicDepartmentCode,
        _ => fact.EconomicGovernmentCode,
    };

    private static LineKind KindOf(ClassificationScheme scheme) =>
        scheme == ClassificationScheme.Functional ? LineKind.Expenditure : LineKind.Economic;
}
