using System.Security.Cryptography;
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

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
