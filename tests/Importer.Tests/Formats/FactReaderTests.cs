using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Formats;

public class FactReaderTests
{
    [Fact]
    public void Read_AssetCounts_HaveQuantityAndMeasure()
    {
        var facts = FactReader.Read(new TextNote(3, "2025年期末，某局共有车辆2辆，其中：一般公务用车1辆、其他用车1辆；单位价值50万元以上通用设备3台（套）。"), "ASSETS", "某局").ToList();

        Assert.Equal(["车辆", "一般公务用车", "其他用车", "单位价值50万元以上通用设备"], facts.Select(f => f.Name));
        Assert.Equal([2m, 1m, 1m, 3m], facts.Select(f => f.Quantity!.Value));
        Assert.Equal("台（套）", facts[3].Measure);
        Assert.All(facts, f => Assert.Null(f.Amount));
    }

    [Fact]
    public void Read_MoneyClauses_AreAmountsAndChangesAreSkipped()
    {
        var facts = FactReader.Read(new TextNote(3, "某局2026年机构运转经费支出预算12.82万元，比上年减少1.07万元，下降7.70%。"), "OPERATING_COST", "某局").ToList();

        var fact = Assert.Single(facts);
        Assert.Equal("机构运转经费支出预算", fact.Name);
        Assert.Equal(WanYuan.Units(12.82m), fact.Amount);
    }
}
