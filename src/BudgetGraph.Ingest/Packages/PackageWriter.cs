using BudgetGraph.Data;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// Writes a database's data package to a folder (datapackage.json and datapackage/*.csv): the files /export/datapackage.zip
/// holds, laid out as the importer reads them back (<see cref="PackageReader"/>). The folder's old package is replaced.
/// </summary>
public static class PackageWriter
{
    /// <returns>Each resource's number of rows.</returns>
    public static async Task<IReadOnlyDictionary<string, long>> WriteFolderAsync(BudgetDbContext db, string folder, CancellationToken cancellationToken = default)
    {
        var resources = Path.Combine(folder, DataPackageDescriptor.ResourceFolder);
        if (Directory.Exists(resources))
            Directory.Delete(resources, recursive: true);
        Directory.CreateDirectory(resources);
        var counts = new Dictionary<string, long>();
        foreach (var resource in TableResources.All)
        {
            await using var file = File.Create(Path.Combine(folder, DataPackageDescriptor.PathOf(resource)));
            counts[resource.Name] = await ResourceCsv.WriteAsync(resource, db, file, cancellationToken);
        }

        var facts = await DataPackageFacts.ReadAsync(db, cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, DataPackageDescriptor.DescriptorFile), DataPackageDescriptor.Build(facts, counts), cancellationToken);
        return counts;
    }
}
