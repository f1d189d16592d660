using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Importer.Cli;

/// <summary>One file `check` read: the path as named, and what its family read or the located error that stopped it.</summary>
internal sealed record CheckedFile(string Path, ReadDisclosure? Read, DisclosureFormatException? Error)
{
    /// <summary>WARNING and ERROR are findings; INFO is a difference within rounding, which every published table may have.</summary>
    public static bool Counts(Severity severity) => severity >= Severity.Warning;

    public CheckStatus Status =>
        Read is null ? CheckStatus.Unreadable
        : Read.Content.Findings.Any(f => Counts(f.Severity)) ? CheckStatus.Findings
        : CheckStatus.Clean;
}
