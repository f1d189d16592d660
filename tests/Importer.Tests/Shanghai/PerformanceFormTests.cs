using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>万里 2023's 财政项目支出绩效目标填报表 pages as projects with their indicators, the same from text and PDF.</summary>
public sealed class PerformanceFormTests
{
    [SkippableTheory]
    [InlineData("shanghai-putuo_wanli-jiedao-banshichu_2023_budget_dept.txt")]
    [InlineData("pdf/shanghai-putuo_wanli-jiedao-banshichu_2023_budget_dept.pdf")]
    public async Task Read_Wanli2023_FormsAreProjectsNotUnknownTables(string file)
    {
        Corpus.Require();

        var content = (await DisclosureReader.ReadAsync(Corpus.Shanghai(file))).Content;

        Assert.DoesNotContain(content.Findings, f => f.Code == "UNKNOWN_TABLE");
        Assert.Equal(
            [("新建万里街道社区公共服务中心", "特定目标类", 4_100_000L), ("就业援助基地补贴", "特定目标类", 6_351_000L), ("社区环境整治和建设经费", "特定目标类", 4_563_800L),
             ("各类工作经费", "特定目标类", 7_595_500L), ("公共服务设施运行经费", "其他运转类", 10_903_043L)],
            content.Projects.Select(p => (p.Name, p.Kind, p.Amount / BudgetGraph.Data.Values.Money.UnitsPerYuan)));
        var employment = content.Projects[1].Indicators;
        Assert.Equal(
            ["产出指标|数量指标|补贴对象申请审核完成率|=100.00(%)", "产出指标|质量指标|补贴对象审核达标率|=100.00(%)",
             "效益指标|社会效益指标|补贴对象生活改善度|补贴对象生活改善度不低于80%", "满意度指标|服务对象满意度指标|补贴对象满意度|≥80.00(%)"],
            employment.Select(i => $"{i.Level1}|{i.Level2}|{i.Name}|{i.Value}"));
        Assert.Equal(41, content.Projects[3].Indicators.Count);
        Assert.Equal(("财政项目支出绩效目标填报表", 34), (content.Projects[3].Source.Table, content.Projects[3].Source.Page));
    }
}
