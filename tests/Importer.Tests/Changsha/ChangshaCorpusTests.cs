using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Changsha;

/// <summary>
/// 长沙职业教育基地综合协调办公室 2026 (national/changsha_4a8c7eeabea3): its 款 rows print only "03" under 205, read as
/// 20503; the column-number rows (** ** ** 1 2 3) are not rows; its name holds no 市, so 长沙 places it in 长沙市
/// (430100); text and PDF give the same lines and the printed 本年支出合计 656.73 万元 (基本 386.73, 项目 270.00).
/// </summary>
public class ChangshaCorpusTests
{
    [SkippableFact]
    public async Task Read_TextAndPdf_CodesFromTheHierarchy_PrintedTotal_NoWarningsAsync()
    {
        Corpus.Require();

        var text = (await DisclosureReader.ReadAsync(Corpus.National("changsha", "4a8c7eeabea3"))).Content;
        var pdf = (await DisclosureReader.ReadAsync(Corpus.National("changsha", "4a8c7eeabea3", "pdf"))).Content;

        foreach (var content in new[] { text, pdf })
        {
            Assert.Equal("430100/DEPARTMENT/长沙职业教育基地综合协调办公室/2026/BUDGET", content.DocumentId);
            Assert.Equal(WanYuan.Units(656.73m), content.PrintedTotal);
            Assert.Equal(WanYuan.Units(656.73m), content.Total);
            Assert.Equal(
                [("2050399", ExpenditureType.Basic, WanYuan.Units(386.73m)), ("2050399", ExpenditureType.Project, WanYuan.Units(270.00m))],
                content.Lines.Where(l => l.Kind == LineKind.Expenditure).Select(l => (l.FunctionalCode, l.ExpenditureType, l.Amount)));
            Assert.Equal("职业教育", content.Classification.Single(n => n.Scheme == ClassificationScheme.Functional && n.Code == "20503").Name);
            Assert.Equal(WanYuan.Units(656.73m), content.Lines.Where(l => l.Kind == LineKind.Economic).Sum(l => l.Amount));
            Assert.Empty(content.Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message));
        }

        Assert.Equal(text.Lines.Select(l => (l.Kind, l.FunctionalCode, l.EconomicDepartmentCode, l.Marker, l.Amount)),
            pdf.Lines.Select(l => (l.Kind, l.FunctionalCode, l.EconomicDepartmentCode, l.Marker, l.Amount)));
    }
}
