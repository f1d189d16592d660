using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Shanghai;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using BudgetGraph.Ingest.Validation.Layout;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Validation.Layout;

/// <summary>
/// The fiscal overview and income table checks on a small consistent Shanghai budget (tables 01, 02, 04–07): no finding;
/// one printed number changed → a located WARNING naming the disagreement.
/// </summary>
public sealed class FiscalOverviewCheckTests
{
    private const string Fixture = "shanghai-fiscal-fixture.txt";

    [Fact]
    public void Run_ConsistentTables_NoFinding()
    {
        var findings = Check(Tables(File.ReadAllLines(RepositoryPaths.TestData(Fixture))));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("支出总计       3,546,600", "3,556,600", "FISCAL_FUNCTIONAL_MISMATCH,FISCAL_INCOME_EXPENDITURE_MISMATCH")]
    [InlineData("一、财政拨款收入                   3,546,600", "3,536,600", "FISCAL_OVERVIEW_INCOME_MISMATCH")]
    [InlineData("合计          3,296,600", "3,306,600", "FISCAL_FUNCTIONAL_MISMATCH")]
    public void Run_FiscalOverviewDisagrees_WarningAtTheFiscalTotals(string marker, string altered, string codes)
    {
        var tables = Tables(Alter(marker, altered).Lines);
        var fiscal = tables["04"];
        var totals = fiscal.Rows.Single(r => r.Cells.Contains("支出总计"));

        var findings = Check(tables);

        Assert.Equal(codes.Split(','), findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        foreach (var finding in findings)
        {
            Assert.Equal((Severity.Warning, fiscal.Label, 10_000L * Money.UnitsPerYuan), (finding.Severity, finding.Table, Math.Abs(finding.Difference!.Value)));
            var source = finding.Locations[0];
            Assert.Equal((fiscal.Label, totals.Line), (source.Table, source.Line));
            Assert.Equal(finding.Code == "FISCAL_FUNCTIONAL_MISMATCH" ? "支出总计" : "收入总计", source.Column);
            // The other side's cells, where it stands in other tables: the functional tables' totals, the overview's rows.
            var others = finding.Locations.Skip(1).Select(l => l.Table).Distinct().ToList();
            switch (finding.Code)
            {
                case "FISCAL_INCOME_EXPENDITURE_MISMATCH":
                    Assert.Empty(others);
                    break;
                case "FISCAL_OVERVIEW_INCOME_MISMATCH":
                    Assert.Equal([tables["01"].Label], others);
                    break;
                default:
                    Assert.NotEmpty(others);
                    Assert.All(finding.Locations.Skip(1), l => Assert.Equal(tables.Values.Single(t => t.Label == l.Table).Spec.Columns![0], l.Column));
                    break;
            }
        }
    }

    [Fact]
    public void Run_IncomeTableTotalDisagreesWithOverview_LocatedWarning()
    {
        var (lines, number) = Alter("收入总计            3,546,600", "3,556,600");
        var tables = Tables(lines);

        var finding = Assert.Single(Check(tables));

        Assert.Equal(("INCOME_TABLE_TOTAL_MISMATCH", Severity.Warning, tables["02"].Label, 10_000L * Money.UnitsPerYuan), (finding.Code, finding.Severity, finding.Table, finding.Difference));
        Assert.Equal(2, finding.Locations.Count);
        var source = finding.Locations[0];
        Assert.Equal((tables["01"].Label, number, "收入总计"), (source.Table, source.Line, source.Column));
        // And the income table's total it disagrees with.
        var income = tables["02"];
        Assert.Equal((income.Label, income.Total!.Row.Line, income.Spec.Columns![0]), (finding.Locations[1].Table, finding.Locations[1].Line, finding.Locations[1].Column));
    }

    [Fact]
    public void Run_IncomeSourcesDisagreeWithTheirTotal_RowSplitWarning()
    {
        var (lines, number) = Alter("合计                          3,546,600    3,546,600", "3,536,600");
        var tables = Tables(lines);
        var findings = new List<FindingRecord>();

        ClassifiedTableCheck.Run(tables["02"], isPdf: false, findings);

        var split = Assert.Single(findings, f => f.Code == "ROW_SPLIT_MISMATCH");
        Assert.Equal((Severity.Warning, 10_000L * Money.UnitsPerYuan), (split.Severity, split.Difference));
        Assert.Equal((tables["02"].Label, number, "合计"), (split.Locations[0].Table, split.Locations[0].Line, split.Locations[0].Column));
    }

    private static List<FindingRecord> Check(IReadOnlyDictionary<string, LayoutTable> tables)
    {
        var findings = new List<FindingRecord>();
        FiscalOverviewCheck.Run(tables, ShanghaiBudgetTables.Views, isPdf: false, findings);
        IncomeTableCheck.Run(tables, ShanghaiBudgetTables.Views, isPdf: false, findings);
        return findings;
    }

    /// <summary>The fixture with the amount in <paramref name="marker"/> (label and amount as printed) changed; its 1-based line number.</summary>
    private static (string[] Lines, int Number) Alter(string marker, string altered)
    {
        var lines = File.ReadAllLines(RepositoryPaths.TestData(Fixture));
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        var amount = marker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var label = marker[..marker.LastIndexOf(amount, StringComparison.Ordinal)];
        lines[index] = lines[index].Replace(marker, label + altered, StringComparison.Ordinal);
        return (lines, index + 1);
    }

    private static Dictionary<string, LayoutTable> Tables(string[] lines)
    {
        var source = DisclosureSource.FromText(SourceText.FromString(Fixture, string.Join("\n", lines)));
        var starts = LayoutCatalog.FindStarts(source.Layout, ShanghaiBudgetTables.All, "部门");
        var tables = LayoutTableReader.ReadAll(source, starts).ToDictionary(t => t.Spec.Number, StringComparer.Ordinal);

        // The checks need only these tables; the others of the family are not in the fixture.
        Assert.Equal(["01", "02", "04", "05", "06", "07"], tables.Keys.Order(StringComparer.Ordinal));
        return tables;
    }
}
