using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Importer.Tests.Validation;

/// <summary>
/// Pins every WARNING and ERROR the shared corpus gives, file by file, with the cells it points at, and the number of
/// INFO (rounding) findings: a check cannot quietly disappear or start accusing. Each WARNING kind was checked by hand
/// against the document's cells (bench/RESULTS.md, "Survey of the national corpus"). A change here needs the same check.
/// </summary>
public class CorpusFindingsTests
{
    [SkippableFact]
    public async Task Findings_SharedCorpus_AsPinnedAsync()
    {
        Corpus.Require();
        var files = Directory.EnumerateFiles(Corpus.Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var pinned = new JObject();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(Corpus.Folder, file).Replace('\\', '/');
            try
            {
                var findings = (await DisclosureReader.ReadAsync(file)).Content.Findings;
                pinned[name] = new JObject
                {
                    ["info"] = findings.Count(f => f.Severity == Severity.Info),
                    ["findings"] = new JArray(findings.Where(f => f.Severity != Severity.Info).Select(Pin)),
                };
            }
            catch (DisclosureFormatException error)
            {
                pinned[name] = new JObject { ["refused"] = $"{error.GetType().Name} {error.Table} {error.Line}" };
            }
        }

        Snapshot.Match(pinned);
    }

    private static JObject Pin(FindingRecord finding) => new()
    {
        ["code"] = finding.Code,
        ["severity"] = finding.Severity.ToString(),
        ["table"] = finding.Table,
        ["difference"] = finding.Difference,
        ["cells"] = new JArray(finding.Locations.Select(l => $"{l.Table} r{l.Row} {l.Column} l{l.Line} p{l.Page}")),
    };
}
