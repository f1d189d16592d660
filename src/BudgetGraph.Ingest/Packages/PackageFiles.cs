using System.IO.Compression;

namespace BudgetGraph.Ingest.Packages;

/// <summary>
/// Where a data package's files are: a folder holding datapackage.json and its datapackage/ resources, the descriptor
/// itself, or a zip with the same layout (/export/datapackage.zip).
/// </summary>
public sealed class PackageFiles : IDisposable
{
    private readonly string? _folder;
    private readonly ZipArchive? _zip;

    private PackageFiles(string? folder, ZipArchive? zip)
    {
        _folder = folder;
        _zip = zip;
    }

    /// <summary>A path the importer takes for a package: a datapackage.json, a .zip, or a folder with a datapackage.json.</summary>
    public static bool IsPackage(string path) =>
        Path.GetFileName(path).Equals(DataPackageDescriptor.DescriptorFile, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
        || File.Exists(Path.Combine(path, DataPackageDescriptor.DescriptorFile));

    public static PackageFiles Open(string path) =>
        path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            ? new PackageFiles(null, ZipFile.OpenRead(path))
            : new PackageFiles(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)), null);

    /// <summary>Opens a file by its path relative to the descriptor (datapackage/budget_lines.csv).</summary>
    public Stream Open(string relativePath, string packagePath)
    {
        if (_zip is not null)
        {
            return (_zip.GetEntry(relativePath) ?? throw new InvalidDataException($"{packagePath}: the zip holds no {relativePath}")).Open();
        }

        var file = Path.Combine(_folder!, relativePath);
        return File.Exists(file) ? File.OpenRead(file) : throw new InvalidDataException($"{packagePath}: no {relativePath} beside its descriptor");
    }

    public void Dispose() => _zip?.Dispose();
}
