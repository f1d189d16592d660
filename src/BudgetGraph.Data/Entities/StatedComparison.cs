
namespace BudgetGraph.Data.Entities;

/// <summary>
/// A prior-year comparison the narrative states (“与2025年预算相比，支出减少128.02万元，下降33.81%，主要原因：…”).
/// Amounts in 1/10,000 元; <see cref="Change"/> is signed (negative = decrease).
/// </summary>
public class StatedComparison
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    /// <summary>What is compared: TOTAL_INCOME, TOTAL_EXPENDITURE, GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND,
    /// STATE_CAPITAL, THREE_PUBLIC, OPERATING_COST, ….</summary>
    public required string Subject { get; set; }

    public int? BaseYear { get; set; }

    public long? CurrentAmount { get; set; }

    public long? Change { get; set; }

    /// <summary>Signed percent as stated (−33.81).</summary>
    public decimal? ChangePercent { get; set; }

    /// <summary>Number of decimals the narrative states the change with, in 万元 (its precision).</summary>
    public int? ChangeDecimals { get; set; }

    public string? Reason { get; set; }

    /// <summary>The sentence as published; null for a document loaded from a data package, which ships no narrative.</summary>
    public string? Text { get; set; }

    public int? Line { get; set; }
}
