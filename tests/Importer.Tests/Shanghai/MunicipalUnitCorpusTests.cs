using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>
/// The four Shanghai municipal unit budgets of the national corpus (上海市2026年市级单位预算): text and PDF read to the
/// same lines, the total is the 收支总表's printed 支出总计 (these budgets carry nothing over), each unit is placed in
/// 上海市 (310000, from the heading when its name names no place), and nothing is a WARNING or ERROR.
/// </summary>
public class MunicipalUnitCorpusTests
{
    [SkippableTheory]
    [InlineData("1a99015595ae", "上海交通职业技术学院", 408_696_000)]
    [InlineData("6737dde8a442", "上海市职业能力考试院", 128_138_600)]
    [InlineData("0291d4c2fe3b", "上海市医疗保险事业管理中心", 193_018_000)]
    [InlineData("50ce50228b3d", "上海市减污降碳管理运行技术中心", 39_418_784)]
    public async Task Read_TextAndPdf_SameLines_PrintedTotal_NoWarningsAsync(string id, string unit, long printedYuan)
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("shanghai", id))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("shanghai", id, "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal($"310000/UNIT/{unit}/2026/BUDGET", content.DocumentId);
            Assert.Equal(printedYuan * 10_000, content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(Key).Order(), pdf.Lines.Select(Key).Order());
    }

    private static string Key(BudgetLineRecord l) =>
        $"{l.Kind}|{l.FunctionalCode}|{l.EconomicDepartmentCode}|{l.ExpenditureType}|{l.FundingSource}|{l.Marker}|{l.Amount}";
}
