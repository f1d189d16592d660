using BudgetGraph.Ingest.Parsing;

namespace Importer.Tests.Parsing;

public class AmountTextTests
{
    [Theory]
    [InlineData("250.65", 250.65)]
    [InlineData("0", 0)]
    [InlineData("31,214,205.80", 31214205.80)]
    [InlineData("-1.07", -1.07)]
    [InlineData(" 20.594562 ", 20.594562)]
    [InlineData("121748,642", 121748642)]
    [InlineData("128138,600.5", 128138600.5)]
    public void TryParse_WellFormed_ReadsExactDecimal(string text, double expected)
    {
        Assert.True(AmountText.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("12..5")]
    [InlineData("12.5.0")]
    [InlineData("1,23")]
    [InlineData("1,2345")]
    [InlineData("121748,642113868,642")]
    [InlineData(",642")]
    [InlineData("12a")]
    [InlineData(".5")]
    [InlineData("")]
    public void TryParse_Malformed_IsRejected(string text) => Assert.False(AmountText.TryParse(text, out _));

    [Theory]
    [InlineData("201", false)]
    [InlineData("195.60", true)]
    [InlineData("行政运行", false)]
    public void IsDecimalAmount_TellsAmountsFromCodes(string text, bool expected) => Assert.Equal(expected, AmountText.IsDecimalAmount(text));
}
