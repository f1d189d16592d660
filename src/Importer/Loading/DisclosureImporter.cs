using BudgetGraph.Data;

namespace BudgetGraph.Importer.Loading;

/// <summary>Imports disclosure files into the database, one document per transaction.</summary>
public sealed class DisclosureImporter(BudgetDbContext db)
{
    private readonly BudgetDbContext _db = db;

    /// <summary>Parses, reconciles and loads one file. Placeholder until the importer lands.</summary>
    public Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException($"Importer not written yet ({path}, {_db.GetType().Name}).");
}
