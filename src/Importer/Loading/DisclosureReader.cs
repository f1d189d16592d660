using System.Security.Cryptography;
using BudgetGraph.Data;
using BudgetGraph.Importer.Formats;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Loading;

/// <summary>Reads a file: its sha256, the family that recognises it, and the family's records and findings.</summary>
public static class DisclosureReader
{
    public static async Task<ReadDisclosure> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Read(Path.GetFileName(path), bytes);
    }

    public static ReadDisclosure Read(string fileName, byte[] bytes)
    {
        var source = DisclosureSource.FromBytes(fileName, bytes);
        var family = DisclosureFamilies.Recognise(source);
        return new ReadDisclosure(fileName, Sha256Of(bytes), family.Read(source));
    }

    /// <summary>Reads a file for <see cref="DisclosureImporter.ImportAsync"/>: bad input is kept as the attempt's error, not thrown.</summary>
    public static async Task<ReadAttempt> AttemptAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var fileName = Path.GetFileName(path);
        var sha256 = Sha256Of(bytes);
        var archive = SourceArchive.Compress(bytes);
        try
        {
            var source = DisclosureSource.FromBytes(fileName, bytes);
            return new ReadAttempt(fileName, sha256, archive, new ReadDisclosure(fileName, sha256, DisclosureFamilies.Recognise(source).Read(source)), null);
        }
        catch (DisclosureFormatException error)
        {
            return new ReadAttempt(fileName, sha256, archive, null, error);
        }
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
