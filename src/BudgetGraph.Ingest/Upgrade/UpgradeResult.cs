using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Ingest.Upgrade;

/// <summary>
/// What <see cref="SchemaUpgrade.RunAsync"/> found (<see cref="SchemaState.Outdated"/> when it rebuilt the database)
/// and the files it imported again.
/// </summary>
public sealed record UpgradeResult(SchemaState Found, IReadOnlyList<ImportResult> Reimported);
