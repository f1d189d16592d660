using BudgetGraph.Data;
using BudgetGraph.Importer.Loading;

namespace BudgetGraph.Importer.Upgrade;

/// <summary>
/// Brings a database to the current schema the one documented way (see <see cref="BudgetSchema"/>): a database created
/// by another schema version is rebuilt from the disclosure files it stores. The files are first extracted to a
/// temporary folder (kept and named in the error if anything goes wrong, so nothing is lost), then every table is
/// dropped, the current schema created and the files imported again in their original order.
/// </summary>
public static class SchemaUpgrade
{
    /// <param name="open">Opens a fresh context on the database: each file is imported with its own, as the CLI does.</param>
    /// <param name="imported">Called after each file, for progress.</param>
    /// <param name="cancellationToken">Stops between files; the extracted folder is kept.</param>
    public static async Task<UpgradeResult> RunAsync(
        Func<BudgetDbContext> open, Action<ImportResult>? imported = null, CancellationToken cancellationToken = default)
    {
        string folder;
        await using (var db = open())
        {
            var state = await BudgetSchema.EnsureAsync(db, cancellationToken);
            if (state != SchemaState.Outdated)
                return new UpgradeResult(state, []);

            folder = Directory.CreateTempSubdirectory("budgetgraph-upgrade-").FullName;
            var extracted = await SourceArchive.ExtractAsync(db, folder, cancellationToken);
            if (extracted.Missing.Count > 0)
            {
                Directory.Delete(folder, recursive: true);
                throw new SchemaUpgradeException(
                    $"the database does not hold {extracted.Missing.Count} of its source files (imported before files were kept: "
                    + string.Join(", ", extracted.Missing.Take(5)) + (extracted.Missing.Count > 5 ? ", …" : "")
                    + "); it was left unchanged. Delete it and import the disclosure files again.");
            }

            await BudgetSchema.RecreateAsync(db, cancellationToken);
        }

        var results = new List<ImportResult>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                await using var db = open();
                var result = await new DisclosureImporter(db).ImportFileAsync(file, cancellationToken);
                results.Add(result);
                imported?.Invoke(result);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new SchemaUpgradeException(
                    $"re-importing {Path.GetFileName(file)} failed ({exception.Message}). The stored files are in {folder}: "
                    + "fix the cause and import that folder.", exception);
            }
        }

        Directory.Delete(folder, recursive: true);
        return new UpgradeResult(SchemaState.Outdated, results);
    }
}
