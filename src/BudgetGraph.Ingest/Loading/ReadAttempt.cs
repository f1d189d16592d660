using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// A file read ahead of its import (a folder import parses the next files while the current one is written): its
/// hash, the file compressed for the database to keep (<see cref="BudgetGraph.Data.SourceArchive"/>, done here so it
/// costs the writer nothing), and either the documents its family read (one, or one per set of tables the file holds)
/// or why the file was refused.
/// </summary>
public sealed record ReadAttempt(string FileName, string Sha256, byte[] Archive, IReadOnlyList<ReadDisclosure> Reads, DisclosureFormatException? Error)
{
    /// <summary>Whether the file is a data package's document (<see cref="ReadDisclosure.FromPackage"/>).</summary>
    public bool FromPackage => Reads.Any(r => r.FromPackage);
}
