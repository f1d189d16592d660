using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Upgrade;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Startup;

/// <summary>
/// Creates the database on first start and fills an empty one from the disclosures in <c>Import:DataDirectory</c>
/// (default "data" relative to the working directory; text and PDF files, walked as the importer's commands walk a
/// folder), so `dotnet run` serves the reference document at once. A
/// database of another schema version is rebuilt from the files it stores when <c>Database:UpgradeOnStart</c> is true
/// (default on SQLite; on PostgreSQL replicas share one database, so the importer's `upgrade` runs once instead).
/// </summary>
public sealed class DatabaseInitializer(IConfiguration configuration, ILogger<DatabaseInitializer> logger)
{
    private readonly IConfiguration _configuration = configuration;
    private readonly ILogger<DatabaseInitializer> _logger = logger;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Not the API's contexts: on SQLite they never create a missing file (SqliteDatabaseFile.ForServing).
        await using (var db = new BudgetDbContext(BudgetDatabase.CreateOptions(_configuration)))
        {
            if (await BudgetSchema.EnsureAsync(db, cancellationToken) == SchemaState.Outdated)
                await UpgradeAsync(cancellationToken);
            if (await db.Documents.AnyAsync(cancellationToken))
            {
                _logger.LogInformation("Database already holds documents; nothing imported.");
                return;
            }
        }

        await ImportDataDirectoryAsync(cancellationToken);
    }

    private async Task UpgradeAsync(CancellationToken cancellationToken)
    {
        if (!_configuration.GetValue("Database:UpgradeOnStart", defaultValue: BudgetDatabase.IsSqlite(_configuration)))
            throw new InvalidOperationException("Cannot start: " + BudgetSchema.OutdatedMessage);

        _logger.LogWarning("The database was created by another schema version; rebuilding it from the files it stores.");
        var upgrade = await SchemaUpgrade.RunAsync(() => new BudgetDbContext(BudgetDatabase.CreateOptions(_configuration)), cancellationToken: cancellationToken);
        _logger.LogInformation("Schema upgraded: {Files} stored files imported again.", upgrade.Reimported.Count);
    }

    private async Task ImportDataDirectoryAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(_configuration["Import:DataDirectory"] ?? "data");
        if (!Directory.Exists(directory))
        {
            _logger.LogWarning("Import directory {Directory} does not exist; the database stays empty.", directory);
            return;
        }

        // The importer's own run: files parsed ahead, one transaction per document, a narrative part after the
        // document it completes. A file that does not import stops the start: serving a silently incomplete database
        // would be worse.
        var items = ImportItem.For(DisclosureFiles.In(directory).ToList());
        _logger.LogInformation("Importing {Count} documents from {Directory} (text, PDF and the bundled data package).", items.Count, directory);
        await using var db = new BudgetDbContext(BudgetDatabase.CreateOptions(_configuration));
        // The importer's session too: its last step copies SQLite's log into the file, so the file alone is complete.
        // A log left behind would be applied to whatever file later takes the name (a script's `mv` and `cp`).
        await ImportSession.ConfigureAsync(db, cancellationToken);
        var outcomes = await ImportRun.RunAsync(items, new DisclosureImporter(db), new ImportLog(_logger, items.Count), cancellationToken);
        await ImportSession.FinishAsync(db, cancellationToken);
        if (outcomes.FirstOrDefault(o => o.Error is not null) is { Error: { } error })
            throw error;
    }

    /// <summary>Logs each file the first start imports.</summary>
    private sealed class ImportLog(ILogger logger, int count) : IImportProgress
    {
        public void Starting(int number, string path)
        {
        }

        public void Finished(int number, FileOutcome outcome)
        {
            if (outcome.Result is { } result)
            {
                logger.LogInformation(
                    "Imported {Number}/{Count} {File}: document {Document} {Outcome}, {Lines} lines, {Findings} findings.",
                    number, count, result.FileName, result.DocumentId, result.Outcome, result.Lines, result.Findings);
            }
        }
    }
}
