using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>
/// The database is derived data: the disclosure files are the record. Until the schema gets migrations (issue 5), a
/// database remembers the fingerprint of the model that created it, and one created by another model is reported as
/// <see cref="SchemaState.Outdated"/> so it is rebuilt by re-importing, instead of failing later on a missing table.
/// </summary>
public static class BudgetSchema
{
    public static async Task<SchemaState> EnsureAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        var fingerprint = Fingerprint(db);
        if (await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            db.SchemaVersions.Add(new SchemaVersion { Id = 1, Fingerprint = fingerprint });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return SchemaState.Created;
        }

        try
        {
            var stored = await db.SchemaVersions.AsNoTracking().Select(v => v.Fingerprint).FirstOrDefaultAsync(cancellationToken);
            return stored == fingerprint ? SchemaState.Current : SchemaState.Outdated;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A database older than the fingerprint itself has no SchemaVersions table.
            return SchemaState.Outdated;
        }
    }

    /// <summary>What to tell a user whose database is <see cref="SchemaState.Outdated"/>.</summary>
    public const string OutdatedMessage =
        "the database was created by another version of BudgetGraph's schema. It holds only what was imported from the "
        + "disclosure files: delete it (SQLite: the budget.db file) and import the files again.";

    private static string Fingerprint(BudgetDbContext db) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript())))[..16];
}
