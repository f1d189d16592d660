using BudgetGraph.Ingest.Formats.Narrative;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Formats;

public class StatedComparisonReaderTests
{
    private static IReadOnlyList<StatedComparisonRecord> Read(string paragraph) =>
        StatedComparisonReader.Read([new TextNote(7, paragraph)], 2026);

    [Fact]
    public void Read_IncomeAndExpenditureDecrease_SignedWithReasonAndCurrentAmount()
    {
        var found = Read("某局2026年收入总计250.65万元，支出总计250.65万元，与2025年预算相比，收入减少128.02万元，下降33.81%，主要原因：严格落实过紧日子及厉行节约相关要求，压缩低效无效开支。支出减少128.02万元，下降33.81%，主要原因：严格落实过紧日子。");

        Assert.Equal(["TOTAL_INCOME", "TOTAL_EXPENDITURE"], found.Select(c => c.Subject));
        var income = found[0];
        Assert.Equal(2025, income.BaseYear);
        Assert.Equal(WanYuan.Units(250.65m), income.CurrentAmount);
        Assert.Equal(WanYuan.Units(-128.02m), income.Change);
        Assert.Equal(-33.81m, income.ChangePercent);
        Assert.Equal(2, income.ChangeDecimals);
        Assert.Equal("严格落实过紧日子及厉行节约相关要求，压缩低效无效开支", income.Reason);
        Assert.Equal(7, income.Line);
        Assert.StartsWith("某局2026年收入总计", income.Text, StringComparison.Ordinal);
        Assert.Equal("严格落实过紧日子", found[1].Reason);
    }

    [Fact]
    public void Read_ComparedWithLastYear_OperatingCost()
    {
        var found = Read("某局2026年机构运转经费支出预算12.82万元，主要保障机构正常运转，比上年减少1.07万元，下降7.70%，主要原因：人员变动。");

        var cost = Assert.Single(found);
        Assert.Equal("OPERATING_COST", cost.Subject);
        Assert.Equal(2025, cost.BaseYear);
        Assert.Equal(WanYuan.Units(12.82m), cost.CurrentAmount);
        Assert.Equal(WanYuan.Units(-1.07m), cost.Change);
        Assert.Equal(-7.70m, cost.ChangePercent);
    }

    [Fact]
    public void Read_Unchanged_IsAChangeOfZeroPerSubject()
    {
        var found = Read("与2025年相比，一般公共预算收支预算减少128.02万元，下降33.81%，主要原因：压缩开支。政府性基金收支预算与2025年持平；国有资本经营收支预算与2025年持平。");

        Assert.Equal(["GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL"], found.Select(c => c.Subject));
        Assert.All(found.Skip(1), c => Assert.Equal(0, c.Change));
        Assert.All(found, c => Assert.Equal(2025, c.BaseYear));
    }

    [Fact]
    public void Read_FlatWithoutSubjectWords_TakesTheParagraphTopic()
    {
        var found = Read("(一) 因公出国（境）费 0万元，主要用于单位工作人员公务出国（境）的住宿费等支出。预算数与2025年持平。");

        var abroad = Assert.Single(found);
        Assert.Equal("THREE_PUBLIC_ABROAD", abroad.Subject);
        Assert.Equal(0, abroad.CurrentAmount);
        Assert.Equal(0, abroad.Change);
    }
}
