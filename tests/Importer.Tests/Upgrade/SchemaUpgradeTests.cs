using System.Data.Common;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Upgrade;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Upgrade;

/// <summary>
/// A database of another schema version is rebuilt from the files it stores: same documents, same figures, every
/// source file kept under its original name, and the current schema afterwards.
/// </summary>
public class SchemaUpgradeTests
{
    [Fact]
    public async Task Upgrade_OutdatedDatabase_RebuiltFromStoredFiles()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.ReferenceDisclosure);
        var before = await database.CountsAsync();
        var amountsBefore = await SumOfAmountsAsync(database);
        await using (var db = database.Open())
        {
            // What an older schema leaves behind: another fingerprint and a table this version does not know.
            await db.SchemaVersions.ExecuteUpdateAsync(v => v.SetProperty(x => x.Fingerprint, "0000000000000000"));
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"RetiredTable\" (\"Id\" INTEGER PRIMARY KEY)");
        }

        var result = await SchemaUpgrade.RunAsync(database.Open);

        Assert.Equal(SchemaState.Outdated, result.Found);
        Assert.Equal(Path.GetFileName(RepositoryPaths.ReferenceDisclosure), Assert.Single(result.Reimported).FileName);
        Assert.Equal(before, await database.CountsAsync());
        await using var upgraded = database.Open();
        Assert.Equal(SchemaState.Current, await BudgetSchema.EnsureAsync(upgraded));
        Assert.Equal(amountsBefore, await SumOfAmountsAsync(database));
        var file = await upgraded.DocumentSourceFiles.SingleAsync();
        Assert.Equal(Path.GetFileName(RepositoryPaths.ReferenceDisclosure), file.FileName);
        Assert.Equal(await File.ReadAllBytesAsync(RepositoryPaths.ReferenceDisclosure), SourceArchive.Decompress(file.Content!));
        await Assert.ThrowsAnyAsync<DbException>(() => upgraded.Database.ExecuteSqlRawAsync("SELECT 1 FROM \"RetiredTable\""));
    }

    [Fact]
    public async Task Upgrade_CurrentDatabase_LeftAlone()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.ReferenceDisclosure);

        var result = await SchemaUpgrade.RunAsync(database.Open);

        Assert.Equal(SchemaState.Current, result.Found);
        Assert.Empty(result.Reimported);
    }

    [Fact]
    public async Task Upgrade_FilesNotStored_RefusedAndDatabaseUnchanged()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await new DisclosureImporter(db).ImportFileAsync(RepositoryPaths.ReferenceDisclosure);
            await db.DocumentSourceFiles.ExecuteUpdateAsync(f => f.SetProperty(x => x.Content, (byte[]?)null));
            await db.SchemaVersions.ExecuteUpdateAsync(v => v.SetProperty(x => x.Fingerprint, "0000000000000000"));
        }

        var before = await database.CountsAsync();

        var error = await Assert.ThrowsAsync<SchemaUpgradeException>(() => SchemaUpgrade.RunAsync(database.Open));

        Assert.Contains(Path.GetFileName(RepositoryPaths.ReferenceDisclosure), error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.CountsAsync());
    }

    private static async Task<long> SumOfAmountsAsync(TempDatabase database)
    {
        await using var db = database.Open();
        return await db.BudgetLines.SumAsync(l => l.Amount);
    }
}
