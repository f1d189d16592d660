using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Formats;

/// <summary>
/// A citation names a table, a data row and the line it stands on (API.md: SourceRef); the table as published
/// (<c>Document.tables</c>) must show that row at that line, so a reader following the citation lands on the cell. Checked
/// for every figure a document gives: lines, printed subtotals, projects and their indicators, the department's
/// targets, and every finding's locations.
/// </summary>
public class CitationRowsTests
{
    [Fact]
    public async Task Read_Reference_EveryCitationIsItsPublishedRowAsync()
    {
        var content = (await DisclosureReader.ReadAsync(RepositoryPaths.ReferenceDisclosure)).Content;

        var cited = Misplaced(content, out var checkedCount);

        Assert.Empty(cited);
        // Lines, the indicators and the 3.75 finding's rows: every kind of citation was looked at.
        Assert.True(checkedCount > 60, $"only {checkedCount} citations checked");
    }

    [SkippableFact]
    public async Task Read_SharedCorpusTexts_EveryCitationIsItsPublishedRowAsync()
    {
        Corpus.Require();

        var misplaced = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Corpus.Folder, "*.txt", SearchOption.AllDirectories).Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            DisclosureContent content;
            try
            {
                content = (await DisclosureReader.ReadAsync(path)).Content;
            }
            catch (DisclosureFormatException)
            {
                continue;
            }

            misplaced.AddRange(Misplaced(content, out _).Select(m => $"{Path.GetFileName(path)}: {m}"));
        }

        Assert.Empty(misplaced);
    }

    /// <summary>The citations whose table, data row and line the published tables do not show.</summary>
    private static List<string> Misplaced(DisclosureContent content, out int checkedCount)
    {
        var tables = content.Tables.ToDictionary(t => $"{t.Number} {t.Title}", StringComparer.Ordinal);
        var locations = content.Lines.Select(l => l.Source)
            .Concat(content.Subtotals.Select(s => s.Source))
            .Concat(content.Projects.SelectMany(p => p.Indicators.Select(i => i.Source).Prepend(p.Source)))
            .Concat(content.DepartmentIndicators.Select(i => i.Source))
            .Concat(content.Findings.SelectMany(f => f.Locations))
            .Where(l => l.Line is not null && l.Row > 0)
            .ToList();
        checkedCount = locations.Count;
        var misplaced = new List<string>();
        foreach (var location in locations.Distinct())
        {
            var row = tables.GetValueOrDefault(location.Table)?.Rows.FirstOrDefault(r => !r.IsHeader && r.Row == location.Row);
            if (row?.Line != location.Line)
                misplaced.Add($"{location.Table} row {location.Row} line {location.Line} ({location.Column}): published {(row is null ? "no such row" : $"at line {row.Line}")}");
        }

        return misplaced;
    }
}
