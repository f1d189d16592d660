using BudgetGraph.Ingest.Formats.Indicators;

namespace Importer.Tests.Formats;

public class IndicatorValueTests
{
    [Theory]
    [InlineData("15人", null, 15.0, "人")]
    [InlineData("≤20.594562万元", "≤", 20.594562, "万元")]
    [InlineData("≥90%", "≥", 90.0, "%")]
    [InlineData("100%", null, 100.0, "%")]
    [InlineData("＜5天", "<", 5.0, "天")]
    [InlineData("3", null, 3.0, null)]
    public void Parse_OperatorNumberMeasure_IsSplit(string value, string? op, double number, string? measure) =>
        Assert.Equal(new IndicatorValue(op, number, measure), IndicatorValue.Parse(value));

    [Theory]
    [InlineData("每月25日")]
    [InlineData("明显提升")]
    [InlineData("有效保证")]
    [InlineData("12345热线人员")]
    public void Parse_NotACleanTarget_KeepsOnlyTheText(string value) => Assert.Equal(IndicatorValue.None, IndicatorValue.Parse(value));
}
