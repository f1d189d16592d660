namespace BudgetGraph.GraphQL.Comparisons;

/// <summary>
/// One group of a comparison; amounts in 1/10,000 元, with the cells each side adds up and the change the narratives
/// state, when they do (beside the documents' figures, or standing in for a missing base year). Sources is null when
/// the query selects none: the sums were read without them.
/// </summary>
public sealed record ComparisonRow(
    string Key, string Label, long? Base, long? Current, ComparisonBasis Basis, StatedChange? Stated, ComparisonSources? Sources)
{
    public long? Change => Base is { } baseAmount && Current is { } current ? current - baseAmount : null;

    /// <summary>Percent change, rounded to two decimals as disclosures print it; null when the base is 0 or missing.</summary>
    public double? ChangePercent => Base is { } baseAmount && baseAmount != 0 && Change is { } change
        ? (double)Math.Round(change * 100m / baseAmount, 2, MidpointRounding.AwayFromZero)
        : null;
}
