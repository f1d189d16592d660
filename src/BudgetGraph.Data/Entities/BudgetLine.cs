using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>One published fact: an amount with its dimensions and the cell it was read from.</summary>
public class BudgetLine
{
    public long Id { get; set; }

    public required string DocumentId { get; set; }

    /// <summary>The department or unit the row belongs to.</summary>
    public required string DepartmentId { get; set; }

    public int Year { get; set; }

    public BudgetStage Stage { get; set; }

    public LineKind Kind { get; set; }

    public string? FunctionalCode { get; set; }

    public string? EconomicDepartmentCode { get; set; }

    public string? EconomicGovernmentCode { get; set; }

    public ExpenditureType? ExpenditureType { get; set; }

    public FundingSource? FundingSource { get; set; }

    /// <summary>Special rows of the economic view: "PROJECT" (project spending) or "UNALLOCATED" (gap to a finding).</summary>
    public string? Marker { get; set; }

    /// <summary>Amount in 1/10,000 元 (see <see cref="Money"/>).</summary>
    public long Amount { get; set; }

    public required SourceLocation Source { get; set; }
}
