using BudgetGraph.Data;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>A database remembers which model created it, so an outdated one is reported instead of failing mid-import.</summary>
public class BudgetSchemaTests
{
    [Fact]
    public async Task Ensure_DatabaseOfThisModel_Current()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.Open();

        Assert.Equal(SchemaState.Current, await BudgetSchema.EnsureAsync(db));
    }

    [Fact]
    public async Task Ensure_FingerprintOfAnotherModel_Outdated()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await db.SchemaVersions.ExecuteUpdateAsync(v => v.SetProperty(x => x.Fingerprint, "0000000000000000"));

        await using var reopened = database.Open();
        Assert.Equal(SchemaState.Outdated, await BudgetSchema.EnsureAsync(reopened));
    }

    [Fact]
    public async Task Ensure_DatabaseFromBeforeFingerprints_Outdated()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.Open())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"SchemaVersions\"");

        await using var reopened = database.Open();
        Assert.Equal(SchemaState.Outdated, await BudgetSchema.EnsureAsync(reopened));
    }
}
