using System.Security.Cryptography;
using BudgetGraph.Data;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Packages;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Validation;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Reads a file: its sha256, the family that recognises it, and the family's records and findings — one document, or
/// one per set of tables where a file holds several (a department's 汇总 and its 本级 in one PDF).
/// </summary>
public static class DisclosureReader
{
    /// <summary>Reads a file that holds one document (a test, a narrative re-read); one holding several is an error of the caller's.</summary>
    public static async Task<ReadDisclosure> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        One(await ReadAllAsync(path, cancellationToken));

    public static async Task<IReadOnlyList<ReadDisclosure>> ReadAllAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return ReadAll(Path.GetFileName(path), bytes);
    }

    /// <inheritdoc cref="ReadAsync"/>
    public static ReadDisclosure Read(string fileName, byte[] bytes) => One(ReadAll(fileName, bytes));

    public static IReadOnlyList<ReadDisclosure> ReadAll(string fileName, byte[] bytes) => ReadAll(fileName, bytes, Sha256Of(bytes));

    private static ReadDisclosure One(IReadOnlyList<ReadDisclosure> reads) =>
        reads.Count == 1 ? reads[0] : throw new InvalidOperationException($"{reads[0].FileName} holds {reads.Count} documents ({string.Join(", ", reads.Select(r => r.Content.DocumentId))}): read it with ReadAll");

    private static IReadOnlyList<ReadDisclosure> ReadAll(string fileName, byte[] bytes, string sha256)
    {
        try
        {
            if (PackagedDocument.IsOne(bytes))
            {
                var packaged = PackagedDocument.FromJson(bytes);
                return [new ReadDisclosure(packaged.FileName, packaged.Sha256, packaged.ToContent(), FromPackage: true)];
            }

            var source = DisclosureSource.FromBytes(fileName, bytes);
            var contents = DisclosureFamilies.Recognise(source).ReadAll(source);
            foreach (var content in contents)
                content.Findings = Reconciliation.Run(content);
            return [.. contents.Select(content => new ReadDisclosure(fileName, sha256, content))];
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
            return new ReadAttempt(fileName, sha256, archive, ReadAll(fileName, bytes, sha256), null);
        }
        catch (DisclosureFormatException error)
        {
            return new ReadAttempt(fileName, sha256, archive, [], error);
        }
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
