using BudgetGraph.Data;
using BudgetGraph.Ingest.Upgrade;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace BudgetGraph.Importer.Cli;

/// <summary>`upgrade`: rebuilds a database of another schema version from the files it stores (see SchemaUpgrade).</summary>
internal static class UpgradeCommand
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var options = BudgetDatabase.CreateOptions(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var console = Consoles.Out;
        try
        {
            var result = await SchemaUpgrade.RunAsync(
                () => new BudgetDbContext(options),
                imported => console.MarkupLineInterpolated($"  {imported.FileName}: {imported.DocumentId}, {imported.Lines} lines"),
                cancellationToken);
            console.MarkupLine(result.Found switch
            {
                SchemaState.Outdated => $"Rebuilt the database on the current schema from {result.Reimported.Count} stored files.",
                SchemaState.Created => "Created an empty database on the current schema.",
                _ => "The database is already on the current schema; nothing to do.",
            });
            return ExitCodes.Success;
        }
        catch (SchemaUpgradeException e)
        {
            Consoles.WriteError(e.Message);
            return ExitCodes.Failed;
        }
    }
}
