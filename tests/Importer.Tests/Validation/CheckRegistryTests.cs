using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Validation;

/// <summary>One registry of checks: codes unique, and every finding the importer gives carries a registered code.</summary>
public class CheckRegistryTests
{
    [Fact]
    public void All_CodesUnique_DescriptionsPresent()
    {
        Assert.Equal(CheckRegistry.All.Count, CheckRegistry.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CheckRegistry.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Description) || string.IsNullOrWhiteSpace(c.DescriptionEn), c.Code));
        Assert.NotNull(CheckRegistry.Find(StatedChangeCheck.Code));
        Assert.Equal(Severity.Error, CheckRegistry.Find("TABLE_MISSING")!.Severity);
    }

    [SkippableFact]
    public async Task Findings_WholeSharedCorpusAndReference_EveryCodeRegistered_NoneMoreSevereThanItsCheckAsync()
    {
        Corpus.Require();
        var files = Directory.EnumerateFiles(Corpus.Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
            .Append(RepositoryPaths.ReferenceDisclosure);
        var findings = new List<FindingRecord>();
        foreach (var file in files)
        {
            try
            {
                findings.AddRange((await DisclosureReader.ReadAsync(file)).Content.Findings);
            }
            catch (DisclosureFormatException)
            {
                // Refused files give no findings.
            }
        }

        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            var check = CheckRegistry.Find(f.Code);
            Assert.True(check is not null, $"finding code {f.Code} is not in CheckRegistry");
            Assert.True(f.Severity <= check.Severity, $"{f.Code} gave {f.Severity}, its check says at most {check.Severity}");
        });
    }
}
