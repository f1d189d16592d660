using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Xian;

/// <summary>
/// Xi'an 部门综合预算 (national/xian): 元 with two decimals, the functional view from 表5 一般公共预算支出明细表 (人员经费,
/// 公用经费, 专项业务经费), which is the department's total where all spending is general public budget; the economic
/// tables print a government code and name after the department code ("30101 基本工资 50101 工资奖金津补贴"). The 2022
/// template names its tables "…（按支出功能分类科目-不含上年结转）" and prints some totals to one decimal ("480544221.6").
/// </summary>
public class XianCorpusTests
{
    public static TheoryData<string, string, int, decimal> Documents => new()
    {
        { "2a3502793b90", "西安市信访局", 2026, 28384234.71m },
        { "0956c387dd43", "西安市财政局", 2026, 303312586.17m },
        { "14af6708a749", "西安市医疗保障局", 2022, 480544221.62m },
    };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public async Task Read_TextAndPdf_PrintedTotal_SameLines_NoWarningsAsync(string id, string department, int year, decimal printed)
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("xian", id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("xian", id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal($"610100/DEPARTMENT/{department}/{year}/BUDGET", content.DocumentId);
            Assert.Equal("xian-dept-budget", content.Family);
            Assert.Equal(Money.FromYuan(printed), content.PrintedTotal);
            Assert.Equal(Money.FromYuan(printed), content.Total);
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    [SkippableFact]
    public async Task Read_PetitionBureau_FunctionalSplitAndEconomicCodesAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("xian", "2a3502793b90"))).Content;

        // 表5: 2014001 行政运行 13,733,180.94 = 人员经费 12,653,513.74 + 公用经费 1,079,667.20; 2014004 信访业务 专项 8,936,120.00.
        Assert.Equal(
            [(ExpenditureType.BasicPersonnel, 12653513.74m), (ExpenditureType.BasicPublic, 1079667.20m)],
            content.Lines.Where(l => l is { Kind: LineKind.Expenditure, FunctionalCode: "2014001" }).OrderBy(l => l.ExpenditureType).Select(l => (l.ExpenditureType!.Value, Money.ToYuan(l.Amount))));
        Assert.Equal(8936120.00m, Money.ToYuan(content.Lines.Single(l => l is { Kind: LineKind.Expenditure, FunctionalCode: "2014004", ExpenditureType: ExpenditureType.Project }).Amount));
        // 表8: 30101 基本工资 (printed beside 50101 工资奖金津补贴) 3,868,678.80 人员经费.
        Assert.Equal(3868678.80m, Money.ToYuan(content.Lines.Single(l => l is { Kind: LineKind.Economic, EconomicDepartmentCode: "30101" }).Amount));
    }

    [SkippableFact]
    public async Task Read_MedicalSecurity2022_PrintedTotalCitesItsDataRow_HeaderRowsApartAsync()
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.National("xian", "14af6708a749"))).Content;

        // 收支总表's column titles (收入 | 支出, 项目 | 预算数 …) are its two header rows; 本年支出合计 480544221.62 is its
        // 31st data row (API.md: SourceRef.row counts data rows), at text line 450, and the published row there says so.
        var total = content.Subtotals.Single(s => s is { Level: 0, ExpenditureType: null });
        Assert.Equal(("01 2022年部门综合预算收支总表", 31, 450, "本年支出合计"), (total.Source.Table, total.Source.Row, total.Source.Line, total.Source.Column));
        var overview = content.Tables.Single(t => t.Number == "01");
        Assert.Equal(2, overview.Rows.Count(r => r.IsHeader));
        var cited = overview.Rows.Single(r => !r.IsHeader && r.Row == 31);
        Assert.Equal((450, "480544221.62"), (cited.Line!.Value, cited.Cells.SkipWhile(c => c != "本年支出合计").Skip(1).First()));
    }

    [SkippableFact]
    public async Task Read_HealthCommissionFinalAccounts_NationalSet_ThreeSidedEconomicTableAsync()
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("xian", "243800f1dd9f"))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("xian", "243800f1dd9f", "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal("610100/DEPARTMENT/西安市卫生健康委员会/2022/FINAL_ACCOUNTS", content.DocumentId);
            Assert.Equal("dept-final-accounts", content.Family);
            // 收入支出决算总表: "本年支出合计 57 2,074,962.01" (57 is the 行次).
            Assert.Equal(WanYuan.Units(2074962.01m), content.PrintedTotal);
            Assert.Equal(WanYuan.Units(2074962.01m), content.Total);
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
            // 公开06表 sets three code | name | 决算数 sides side by side: 30101 基本工资 32,390.68 (人员经费, its class 301),
            // 30201 办公费 279.66 (公用经费), and the side totals 人员经费合计 96,513.21, 公用经费合计 2,093.08.
            var economic = content.Lines.Where(l => l.Kind == LineKind.Economic).ToList();
            Assert.Equal((ExpenditureType.BasicPersonnel, WanYuan.Units(32390.68m)), economic.Where(l => l.EconomicDepartmentCode == "30101").Select(l => (l.ExpenditureType!.Value, l.Amount)).Single());
            Assert.Equal((ExpenditureType.BasicPublic, WanYuan.Units(279.66m)), economic.Where(l => l.EconomicDepartmentCode == "30201").Select(l => (l.ExpenditureType!.Value, l.Amount)).Single());
            Assert.Equal(WanYuan.Units(96513.21m), economic.Where(l => l.ExpenditureType == ExpenditureType.BasicPersonnel).Sum(l => l.Amount));
            Assert.Equal(WanYuan.Units(2093.08m), economic.Where(l => l.ExpenditureType == ExpenditureType.BasicPublic).Sum(l => l.Amount));
            // A name wrapped around its code on the next page: 39908.
            Assert.Equal("对民间非营利组织和群众性自治组织补贴", content.Classification.Single(n => n is { Scheme: ClassificationScheme.EconomicDepartment, Code: "39908" }).Name);
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
