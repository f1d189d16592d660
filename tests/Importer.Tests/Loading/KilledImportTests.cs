using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Importer.Tests.Loading;

/// <summary>
/// Issue 5's acceptance test: the importer killed (SIGKILL) in the middle of a multi-document import leaves every
/// document either fully present or absent, and running the import again completes the rest.
/// </summary>
public class KilledImportTests
{
    private const int Documents = 80;

    [Fact]
    public async Task Import_KilledMidway_EveryDocumentWholeOrAbsent_AndRerunCompletesIt()
    {
        await using var clean = await TempDatabase.CreateAsync();
        var folder = Path.Combine(clean.Folder, "disclosures");
        var files = await ReferenceCopies.WriteAsync(folder, Documents);
        await using (var db = clean.Open())
        {
            var importer = new DisclosureImporter(db);
            foreach (var file in files)
                await importer.ImportFileAsync(file);
        }

        var expected = await FingerprintsAsync(clean);
        Assert.Equal(Documents, expected.Count);

        await using var killed = await TempDatabase.CreateAsync();
        int committed;
        using (var importer = ImporterProcess.Start(killed, "import", folder))
        {
            committed = await WaitForFirstDocumentAsync(killed, importer);
            await importer.KillAsync();
        }

        var survivors = await FingerprintsAsync(killed);
        Assert.True(survivors.Count >= committed && survivors.Count < Documents,
            $"the kill was meant to land mid-import: {survivors.Count} of {Documents} documents were committed");
        foreach (var (document, fingerprint) in survivors)
            Assert.Equal(expected[document], fingerprint);
        await using (var db = killed.Open())
            Assert.Equal(0, await DocumentFingerprints.OrphansAsync(db));

        using (var rerun = ImporterProcess.Start(killed, "import", folder))
            Assert.True(await rerun.WaitAsync(TimeSpan.FromMinutes(3)) == 0, rerun.Output);

        Assert.Equal(expected, await FingerprintsAsync(killed));
    }

    private static async Task<IReadOnlyDictionary<string, string>> FingerprintsAsync(TempDatabase database)
    {
        await using var db = database.Open();
        return await DocumentFingerprints.ReadAsync(db);
    }

    /// <summary>Polls the database until the importer has committed a document; fails if it ends or stalls first.</summary>
    private static async Task<int> WaitForFirstDocumentAsync(TempDatabase database, ImporterProcess importer)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(importer.HasExited, "the importer ended before a document was seen committed:\n" + importer.Output);
            await using (var db = database.Open())
            {
                var count = await db.Documents.CountAsync();
                if (count > 0)
                    return count;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("the importer committed no document within two minutes:\n" + importer.Output);
    }
}
