using BudgetGraph.Ingest.Formats.FinalAccounts;
using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Shanghai;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>
/// Every Shanghai document's fiscal overview and income table reconcile: the amounts the checks compare are found
/// (they are the document's total) and no fiscal or income-table finding is raised.
/// </summary>
public sealed class FiscalReconciliationCorpusTests
{
    private static readonly string[] _codes =
        ["FISCAL_INCOME_EXPENDITURE_MISMATCH", "FISCAL_FUNCTIONAL_MISMATCH", "FISCAL_FUNCTIONAL_UNCHECKED", "FISCAL_OVERVIEW_INCOME_MISMATCH", "INCOME_TABLE_TOTAL_MISMATCH"];

    public static TheoryData<string, string> Documents { get; } = new()
    {
        { "caizhengju_2025_budget_dept", "31,214,205.80" },
        { "qu-zhengfu-bangongshi_2025_budget_dept", "91,016,775.35" },
        { "qu-zhengfu-bangongshi_2025_budget_unit", "91,016,775.35" },
        { "shangwu-weiyuanhui_2025_budget_dept", "371,514,655.00" },
        { "shangwu-weiyuanhui_2025_budget_unit", "371,514,655.00" },
        { "wanli-jiedao-banshichu_2023_budget_dept", "164,978,640" },
        { "wanli-jiedao-banshichu_2024_budget_dept", "156,211,123" },
        { "wanli-jiedao-banshichu_2025_budget_dept", "189,767,551" },
        { "wanli-jiedao-banshichu_2025_budget_dept.alt-tab-extraction", "189,767,551" },
        { "caizhengju_2024_final-accounts_dept", "2,940.05" },
    };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public void Read_EveryExtraction_FiscalOverviewAndIncomeTableReconcile(string document, string total)
    {
        Corpus.Require();
        var pdf = Corpus.ShanghaiPdf($"shanghai-putuo_{document}.pdf");

        // The final-accounts text is refused (values apart from labels); the alternative extraction has no PDF of its own.
        var files = new[] { Corpus.Shanghai($"shanghai-putuo_{document}.txt"), pdf }
            .Where(f => File.Exists(f) && !(f.EndsWith(".txt", StringComparison.Ordinal) && document.Contains("final", StringComparison.Ordinal)));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var content = DisclosureReader.Read(Path.GetFileName(file), bytes).Content;
            Assert.Empty(content.Findings.Where(f => _codes.Contains(f.Code)).Select(f => f.Message));

            var kind = new[] { ShanghaiBudgetTables.Department, ShanghaiBudgetTables.Unit, FinalAccountsTables.Department }.Single(k => k.FamilyName == content.Family);
            var (tables, isPdf) = Tables(Path.GetFileName(file), bytes, kind);
            var fiscal = kind.Views.Fiscal!;
            Assert.Equal(total, Printed(tables[fiscal.Table], fiscal.YearSpending, isPdf));
            Assert.Equal(total, Printed(tables[fiscal.Table], fiscal.YearIncome, isPdf));
            Assert.Equal(total, Printed(tables[kind.Views.Overview], fiscal.OverviewRows[0], isPdf));
            Assert.NotNull(OverviewAmount.Find(tables[fiscal.Table], fiscal.Income.Label, isPdf, fiscal.Income.Occurrence));
            Assert.NotNull(OverviewAmount.Find(tables[fiscal.Table], fiscal.Expenditure.Label, isPdf, fiscal.Expenditure.Occurrence));
            Assert.NotNull(OverviewAmount.Find(tables[kind.Views.Overview], kind.Views.OverviewYearIncome, isPdf));
        }
    }

    private static (Dictionary<string, LayoutTable> Tables, bool IsPdf) Tables(string fileName, byte[] bytes, LayoutFamilyKind kind)
    {
        var source = DisclosureSource.FromBytes(fileName, bytes);
        var starts = LayoutCatalog.FindStarts(source.Layout, kind.Tables, kind.TitlePrefixes);
        return (LayoutTableReader.ReadAll(source, starts).ToDictionary(t => t.Spec.Number, StringComparer.Ordinal), source.IsPdf);
    }

    /// <summary>The amount after a label as printed, so the test reads like the document.</summary>
    private static string? Printed(LayoutTable table, string label, bool isPdf) =>
        OverviewAmount.Find(table, label, isPdf) is { } found ? table.Rows[table.HeaderRows + found.Source.Row - 1].Cells.SkipWhile(c => c != label).Skip(1).First() : null;
}
