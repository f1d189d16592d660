using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Beijing;

/// <summary>
/// Beijing 部门预算报表 (national/beijing, 附件2): "预算01表 收支总表" …, 万元 with six decimals, rows keyed by
/// "code-name" cells ("2050803-培训支出 50203-培训费 30216-培训费"), no 类 or 款 rows, the department named only in
/// 预算13表 ("部门名称  北京市气象局") and the year under its title ("（2026年度）").
/// </summary>
public class BeijingCorpusTests
{
    public static TheoryData<string, string, decimal> Documents => new()
    {
        // id, department, printed 本年支出合计 (万元)
        { "a6fa95387a42", "北京市气象局", 30775.648545m },
        { "26509b73a560", "北京市统计局", 50927.950741m },
        { "0ca30e0c527a", "北京市退役军人事务局", 1063371.776545m },
    };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public async Task Read_TextAndPdf_PrintedTotal_SameLinesAsync(string id, string department, decimal printed)
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("beijing", id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("beijing", id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal($"110000/DEPARTMENT/{department}/2026/BUDGET", content.DocumentId);
            Assert.Equal("beijing-dept-budget", content.Family);
            Assert.Equal(WanYuan.Units(printed), content.PrintedTotal);
            Assert.Equal(WanYuan.Units(printed), content.Total);
            Assert.Empty(content.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
        Assert.Equal(text.Findings.Select(f => (f.Code, f.Severity, f.Difference)).Order(), pdf.Findings.Select(f => (f.Code, f.Severity, f.Difference)).Order());
    }

    [SkippableFact]
    public async Task Read_Meteorology_BasicAndProjectInTheirColumns_NoWarningsAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("beijing", "a6fa95387a42"))).Content;

        // 预算03表's 合计: 30,775.648545 = 基本支出 2,018.968210 + 项目支出 28,756.680335 (the other columns empty).
        var expenditure = content.Lines.Where(l => l.Kind == LineKind.Expenditure).ToList();
        Assert.Equal(WanYuan.Units(2018.968210m), expenditure.Where(l => l.ExpenditureType == ExpenditureType.Basic).Sum(l => l.Amount));
        Assert.Equal(WanYuan.Units(28756.680335m), expenditure.Where(l => l.ExpenditureType == ExpenditureType.Project).Sum(l => l.Amount));
        Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
    }

    [SkippableFact]
    public async Task Read_VeteranAffairs_RowsShortOfTheirTotal_TrueWarningsAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("beijing", "0ca30e0c527a"))).Content;

        // 预算03表 prints 93 rows adding up to 24,029.836990 万元 under a 合计 of 1,063,371.776545 万元 (text line 149); the
        // PDF prints the same rows. 预算05表's 137 rows add up to 23,775.282490 under 820,087.414755 (line 335).
        var expenditureTotal = Assert.Single(content.Findings, f => f is { Code: "TABLE_TOTAL_MISMATCH", Table: "03 预算03表支出总表" } && f.Locations.Single().Column == "合计");
        Assert.Equal(Severity.Warning, expenditureTotal.Severity);
        Assert.Equal(WanYuan.Units(1063371.776545m - 24029.836990m), expenditureTotal.Difference);
        var generalTotal = Assert.Single(content.Findings, f => f is { Code: "TABLE_TOTAL_MISMATCH", Table: "05 预算05表一般公共预算支出表" } && f.Locations.Single().Column == "合计");
        Assert.Equal(WanYuan.Units(820087.414755m - 23775.282490m), generalTotal.Difference);
        Assert.Equal(["TABLE_TOTAL_MISMATCH"], content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Code).Distinct());
        // 预算06表 pairs 30101 基本工资 with 50101 and with 50501: 1,241.176800 + 3,595.584000.
        Assert.Equal(WanYuan.Units(4836.7608m), content.Lines.Where(l => l is { Kind: LineKind.Economic, EconomicDepartmentCode: "30101", ExpenditureType: ExpenditureType.BasicPersonnel }).Sum(l => l.Amount));
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
