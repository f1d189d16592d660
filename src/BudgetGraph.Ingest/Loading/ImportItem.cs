using BudgetGraph.Data;
using BudgetGraph.Ingest.Packages;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// One document to import and how to read it: a disclosure file, or one document of a data package (a package is
/// expanded into its documents up front, so a run counts, orders and reports them like files).
/// </summary>
public sealed record ImportItem(string Path, Func<CancellationToken, Task<ReadAttempt>> ReadAsync)
{
    /// <summary>The files of a run, each data package (<see cref="PackageFiles.IsPackage"/>) as its documents.</summary>
    public static IReadOnlyList<ImportItem> For(IEnumerable<string> paths) => [.. paths.SelectMany(Expand)];

    private static IEnumerable<ImportItem> Expand(string path)
    {
        if (!PackageFiles.IsPackage(path))
            return [new ImportItem(path, cancellationToken => DisclosureReader.AttemptAsync(path, cancellationToken))];

        IReadOnlyList<PackagedDocument> documents;
        try
        {
            documents = PackageReader.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException or FormatException or OverflowException or KeyNotFoundException or ArgumentException)
        {
            var error = new DisclosureFormatException($"the data package cannot be read ({e.Message})", System.IO.Path.GetFileName(path), e);
            return [new ImportItem(path, _ => Task.FromResult(new ReadAttempt(System.IO.Path.GetFileName(path), "", [], [], error)))];
        }

        return documents.Select(document => new ImportItem($"{path}:{document.FileName}", _ => Task.FromResult(Attempt(document))));
    }

    private static ReadAttempt Attempt(PackagedDocument document) =>
        new(document.FileName, document.Sha256, SourceArchive.Compress(document.ToJson()), [new ReadDisclosure(document.FileName, document.Sha256, document.ToContent(), FromPackage: true)], null);
}
