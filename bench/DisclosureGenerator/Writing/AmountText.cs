using System.Globalization;

namespace BudgetGraph.DisclosureGenerator.Writing;

/// <summary>How the families print amounts: 万元 with two decimals (Henan, narratives) and 元 with thousands separators (Shanghai).</summary>
internal static class AmountText
{
    public static string Wan(long yuan) => (yuan / 10_000m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount cell that is left empty when there is nothing in it, as the published tables do.</summary>
    public static string WanOrEmpty(long yuan) => yuan == 0 ? "" : Wan(yuan);

    public static string Yuan(long yuan) => yuan.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A change as the narratives state it: 增加/减少 the absolute amount, 增长/下降 the percentage.</summary>
    public static (string Verb, string Amount, string PercentVerb, string Percent) Change(long current, long prior)
    {
        var change = current - prior;
        var percent = prior == 0 ? 0 : Math.Abs(change) * 100m / prior;
        return (change < 0 ? "减少" : "增加", Wan(Math.Abs(change)), change < 0 ? "下降" : "增长", percent.ToString("0.00", CultureInfo.InvariantCulture) + "%");
    }

    /// <summary>一 … 九十九, for the numbered rows of overview tables.</summary>
    public static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
