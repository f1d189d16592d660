using BudgetGraph.Ingest.Formats;

namespace BudgetGraph.Ingest.Loading;

/// <summary>A file read and reconciled, not yet written: what `check` prints and what an import loads.</summary>
public sealed record ReadDisclosure(string FileName, string Sha256, DisclosureContent Content);
