namespace BudgetGraph.DisclosureGenerator.Synthesis;

/// <summary>Generated amounts are whole hundreds of 元 (0.01 万元), so both families print them exactly.</summary>
internal static class Yuan
{
    public const long Step = 100;

    public static long Round(double yuan) => (long)Math.Round(yuan / Step, MidpointRounding.AwayFromZero) * Step;

    public static double Between(Random random, double low, double high) => low + (random.NextDouble() * (high - low));
}
