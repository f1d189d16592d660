namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>
/// Everything one generated budget states, in 元 (multiples of 100 元, so 万元 with two decimals print exactly and every
/// table of either family adds up without rounding). Writers only lay it out; they never compute new figures.
/// </summary>
public sealed class DepartmentBudget
{
    public required SyntheticDepartment Department { get; init; }

    public required int Year { get; init; }

    /// <summary>The 项 rows of the expenditure table, in code order.</summary>
    public required IReadOnlyList<FunctionalItem> Items { get; init; }

    /// <summary>Basic spending by economic pair (Henan table 06, Shanghai table 08); adds up to the items' basic spending.</summary>
    public required IReadOnlyList<EconomicItem> Basic { get; init; }

    /// <summary>Project spending by economic pair, which only Henan table 07 shows (as 公用经费 of the pair).</summary>
    public required IReadOnlyList<EconomicItem> ProjectEconomic { get; init; }

    public required IReadOnlyList<SyntheticProject> Projects { get; init; }

    /// <summary>The prior year's total the narrative compares with (the prior generated year's total when there is one).</summary>
    public required long PriorTotal { get; init; }

    public required string ChangeReason { get; init; }

    /// <summary>机构运转经费 (Henan narrative) this year and last year.</summary>
    public required long OperatingCost { get; init; }

    public required long PriorOperatingCost { get; init; }

    public long Total => Items.Sum(i => i.Total);

    public long BasicTotal => Items.Sum(i => i.Basic);

    public long ProjectTotal => Items.Sum(i => i.Project);
}
