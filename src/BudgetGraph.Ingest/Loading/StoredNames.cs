using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// The classification names an importer has seen committed, so the next documents of a run (which repeat most of the
/// same codes) skip them instead of querying them again. Safe to trust without re-reading: names are never deleted,
/// and a stored name only ever changes from a reference name to a published one, never back. Filled only after a
/// commit, so a rolled-back document teaches it nothing.
/// </summary>
internal sealed class StoredNames
{
    /// <summary>Node key → whether the stored name is known to be a published one.</summary>
    private readonly Dictionary<(ClassificationScheme Scheme, int Year, string Code), bool> _stored = [];

    /// <summary>True when writing <paramref name="node"/> can change nothing: stored already, with a name at least as good.</summary>
    public bool Covers(ClassificationNodeRecord node, int year) =>
        _stored.TryGetValue((node.Scheme, year, node.Code), out var published) && (published || node.NameOrigin == NameOrigin.Reference);

    /// <summary>After a commit: every node of the document is stored, and a published one is stored as published.</summary>
    public void Remember(IEnumerable<ClassificationNodeRecord> committed, int year)
    {
        foreach (var node in committed)
        {
            var key = (node.Scheme, year, node.Code);
            _stored[key] = node.NameOrigin == NameOrigin.Published || (_stored.TryGetValue(key, out var published) && published);
        }
    }
}
