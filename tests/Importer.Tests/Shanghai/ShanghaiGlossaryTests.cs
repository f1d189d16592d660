using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>The 名词解释 section of Shanghai documents: a bare heading, entries numbered （一）, definitions split at ；.</summary>
public sealed class ShanghaiGlossaryTests
{
    [SkippableTheory]
    [InlineData("shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt")]
    [InlineData("shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.alt-tab-extraction.txt")]
    [InlineData("pdf/shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.pdf")]
    public async Task Read_Wanli2025_EightTerms(string file)
    {
        Corpus.Require();

        var glossary = (await DisclosureReader.ReadAsync(Corpus.Shanghai(file))).Content.Glossary;

        Assert.Equal(["财政拨款收入", "事业收入", "事业单位经营收入", "其他收入", "基本支出预算", "项目支出预算", "“三公”经费", "机关运行经费"], glossary.Select(g => g.Term));
        Assert.StartsWith("是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款", glossary[0].Definition, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Read_Caizhengju2025_DefinitionContinuesAfterSemicolon()
    {
        Corpus.Require();

        var glossary = (await DisclosureReader.ReadAsync(Corpus.Shanghai("shanghai-putuo_caizhengju_2025_budget_dept.txt"))).Content.Glossary;

        Assert.Equal(["基本支出预算", "项目支出预算", "“三公”经费", "机关运行经费"], glossary.Select(g => g.Term));
        Assert.EndsWith("过路过桥费、保险费等支出。", glossary[2].Definition, StringComparison.Ordinal);
        Assert.Contains("公务接待费主要安排", glossary[2].Definition, StringComparison.Ordinal);
    }
}
