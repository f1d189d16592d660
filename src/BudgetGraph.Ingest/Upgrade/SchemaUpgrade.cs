using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;

namespace BudgetGraph.Ingest.Upgrade;

/// <summary>
/// Brings a database to the current schema the one documented way (see <see cref="BudgetSchema"/>): a database created
/// by another schema version is rebuilt from the disclosure files it stores. The files are first extracted to a
/// temporary folder (kept and named in the error if anything goes wrong, so nothing is lost), then every table is
/// dropped, the current schema created and the files imported again in their original order.
/// </summary>
public static class SchemaUpgrade
{
    /// <param name="open">Opens a context on the database (one for the check and the rebuild, one for the import run).</param>
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

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var results = new List<ImportResult>();
        await using (var db = open())
        {
            // The same run as the import command: one session, files parsed ahead, one transaction per document.
            await ImportSession.ConfigureAsync(db, cancellationToken);
            var importer = new DisclosureImporter(db);
            IReadOnlyList<FileOutcome> outcomes;
            try
            {
                outcomes = await ImportRun.RunAsync(files, importer, new Reporting(imported), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new SchemaUpgradeException($"re-importing the stored files failed ({exception.Message}). The stored files are in {folder}: fix the cause and import that folder.", exception);
            }

            if (outcomes.FirstOrDefault(o => o.Error is not null) is { } failed)
            {
                throw new SchemaUpgradeException(
                    $"re-importing {Path.GetFileName(failed.Path)} failed ({failed.Error!.Message}). The stored files are in {folder}: "
                    + "fix the cause and import that folder.", failed.Error);
            }

            results.AddRange(outcomes.Select(o => o.Result!));
            await ImportSession.FinishAsync(db, cancellationToken);
        }

        Directory.Delete(folder, recursive: true);
        return new UpgradeResult(SchemaState.Outdated, results);
    }

    /// <summary>Tells the caller about each file re-imported.</summary>
    private sealed class Reporting(Action<ImportResult>? imported) : IImportProgress
    {
        public void Starting(int number, string path)
        {
        }

        public void Finished(int number, FileOutcome outcome)
        {
            if (outcome.Result is { } result)
                imported?.Invoke(result);
        }
    }
}
