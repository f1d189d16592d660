using System.IO.Compression;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Packages;

namespace BudgetGraph.Export.DataPackage;

/// <summary>
/// datapackage.zip: every resource's CSV under <c>datapackage/</c> and the descriptor, streamed into the response as
/// they are read. The descriptor comes last, with the rows actually written, so the archive agrees with itself even if
/// an import lands while it is being written; its bytes equal those of /export/datapackage.json for the same data.
/// </summary>
internal static class DataPackageZip
{
    public static async Task WriteAsync(BudgetDbContext db, DataPackageFacts facts, Stream stream, CancellationToken cancellationToken)
    {
        await using var spool = new SpoolingWriteStream(stream);
        await WriteArchiveAsync(db, facts, spool, cancellationToken);
        await spool.DrainAsync(cancellationToken);
    }

    private static async Task WriteArchiveAsync(BudgetDbContext db, DataPackageFacts facts, SpoolingWriteStream stream, CancellationToken cancellationToken)
    {
        // Entry times from the data, not the clock: the same data gives the same archive.
        var time = facts.Created ?? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var archive = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        var counts = new Dictionary<string, long>();
        foreach (var resource in TableResources.All)
        {
            var entry = archive.CreateEntry(DataPackageDescriptor.PathOf(resource), CompressionLevel.Optimal);
            entry.LastWriteTime = time;
            await using (var file = await entry.OpenAsync(cancellationToken))
                counts[resource.Name] = await ResourceCsv.WriteAsync(resource, db, file, cancellationToken);
            await stream.DrainAsync(cancellationToken);
        }

        var descriptor = archive.CreateEntry(DataPackageDescriptor.DescriptorFile, CompressionLevel.Optimal);
        descriptor.LastWriteTime = time;
        await using var json = await descriptor.OpenAsync(cancellationToken);
        await json.WriteAsync(DataPackageDescriptor.Build(facts, counts), cancellationToken);
    }
}
