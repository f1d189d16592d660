using BudgetGraph.Ingest.Loading;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>The “三公”经费和机关运行经费预算表 row as facts, empty items left out and the others under their header.</summary>
public sealed class ThreePublicFactsTests
{
    [SkippableTheory]
    [InlineData("shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.txt", "“三公”经费 37.91|因公出国(境)费 0|公务接待费 1.35|公务用车购置及运行费 36.56|公务用车购置费 15|公务用车运行费 21.56|机关运行经费 464.64")]
    [InlineData("pdf/shanghai-putuo_wanli-jiedao-banshichu_2025_budget_dept.pdf", "“三公”经费 37.91|因公出国(境)费 0|公务接待费 1.35|公务用车购置及运行费 36.56|公务用车购置费 15|公务用车运行费 21.56|机关运行经费 464.64")]
    [InlineData("shanghai-putuo_caizhengju_2025_budget_dept.txt", "“三公”经费 0.95|公务接待费 0.95|机关运行经费 229.43")]
    [InlineData("pdf/shanghai-putuo_caizhengju_2025_budget_dept.pdf", "“三公”经费 0.95|公务接待费 0.95|机关运行经费 229.43")]
    [InlineData("shanghai-putuo_qu-zhengfu-bangongshi_2025_budget_dept.txt", "“三公”经费 867.5|因公出国(境)费 839|公务接待费 28.5|机关运行经费 213.28")]
    public async Task Read_ThreePublicTable_FactsUnderTheirHeaders(string file, string expected)
    {
        Corpus.Require();

        var facts = (await DisclosureReader.ReadAsync(Corpus.Shanghai(file))).Content.Facts;

        // The table's facts follow the narrative's: from its “三公”经费 (合计) on.
        var fromTable = facts.Skip(facts.Select((f, i) => (f, i)).Last(x => x.f.Name == "“三公”经费").i);
        Assert.Equal(expected, string.Join("|", fromTable.Select(f => $"{f.Name} {f.Amount!.Value / (decimal)WanYuan.Units(1m):0.##}")));
    }
}
