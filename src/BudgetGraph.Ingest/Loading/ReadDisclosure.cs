using BudgetGraph.Ingest.Formats;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// A file read and reconciled, not yet written: what `check` prints and what an import loads. A document from a data
/// package (<paramref name="FromPackage"/>) names the file its figures were read from and that file's sha256.
/// </summary>
public sealed record ReadDisclosure(string FileName, string Sha256, DisclosureContent Content, bool FromPackage = false);
