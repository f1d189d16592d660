using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shenzhen;

/// <summary>
/// Shenzhen 部门预算 (national/shenzhen): tables print no 合计, the publishing unit's row (its name wrapped around its
/// amounts: "深圳市市场监督管理局深汕监管" / "3,703.39 1,613.92 …" / "局") is the total; 支出总表 carries nine columns,
/// 0.00 printed, and a column header "2026 年政府采购项目" whose year is no amount.
/// </summary>
public class ShenzhenCorpusTests
{
    public static TheoryData<string, string, decimal, string, decimal> Documents => new()
    {
        // id, department, printed 本年支出合计 (万元), a 项 code of 支出总表 and its 基本支出 (万元) as printed
        { "8512f5b52d52", "深圳市市场监督管理局深汕监管局", 3703.39m, "2013801", 1071.92m },
        { "48f4e13a223f", "深圳市规划和自然资源局盐田管理局", 4628.07m, "2080501", 135.41m },
    };

    [SkippableTheory]
    [MemberData(nameof(Documents))]
    public async Task Read_TextAndPdf_UnitRowIsTheTotal_SameLines_NoWarningsAsync(string id, string department, decimal printed, string code, decimal basic)
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("shenzhen", id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("shenzhen", id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal($"440300/DEPARTMENT/{department}/2026/BUDGET", content.DocumentId);
            Assert.Equal("shenzhen-dept-budget", content.Family);
            Assert.Equal(WanYuan.Units(printed), content.PrintedTotal);
            Assert.Equal(WanYuan.Units(printed), content.Total);
            Assert.Equal(WanYuan.Units(basic), content.Lines.Single(l => l is { Kind: LineKind.Expenditure, ExpenditureType: ExpenditureType.Basic } && l.FunctionalCode == code).Amount);
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
