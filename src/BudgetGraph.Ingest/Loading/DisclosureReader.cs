using System.Security.Cryptography;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Packages;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Validation;

namespace BudgetGraph.Ingest.Loading;

/// <summary>Reads a file: its sha256, the family that recognises it, and the family's records and findings.</summary>
public static class DisclosureReader
{
    public static async Task<ReadDisclosure> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Read(Path.GetFileName(path), bytes);
    }

    public static ReadDisclosure Read(string fileName, byte[] bytes) => Read(fileName, bytes, Sha256Of(bytes));

    private static ReadDisclosure Read(string fileName, byte[] bytes, string sha256)
    {
        try
        {
            if (PackagedDocument.IsOne(bytes))
            {
                var packaged = PackagedDocument.FromJson(bytes);
                return new ReadDisclosure(packaged.FileName, packaged.Sha256, packaged.ToContent(), FromPackage: true);
            }

            var source = DisclosureSource.FromBytes(fileName, bytes);
            var content = DisclosureFamilies.Recognise(source).Read(source);
            content.Findings = Reconciliation.Run(content);
            return new ReadDisclosure(fileName, sha256, content);
        }
        catch (Exception e) when (e is not (DisclosureFormatException or OperationCanceledException or OutOfMemoryException))
        {
            // A reader that breaks on some input must not end a batch: the file is refused, located, and the run goes on.
            throw new DisclosureFormatException($"the importer failed on this file ({e.GetType().Name}: {e.Message}); it is refused — please report it with the file", fileName, e);
        }
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
            var read = Read(fileName, bytes, sha256);
            return new ReadAttempt(read.FileName, read.Sha256, archive, read, null);
        }
        catch (DisclosureFormatException error)
        {
            return new ReadAttempt(fileName, sha256, archive, null, error);
        }
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
