using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>
/// One published amount with its dimensions and the cell it was read from. Its document, year and stage are the
/// document's (<see cref="Formats.DisclosureContent"/>).
/// </summary>
public sealed record BudgetLineRecord
{
    /// <summary>The department or unit the row belongs to.</summary>
    public required string DepartmentId { get; init; }

    public LineKind Kind { get; init; }

    public string? FunctionalCode { get; init; }

    public string? EconomicDepartmentCode { get; init; }

    public string? EconomicGovernmentCode { get; init; }

    public ExpenditureType? ExpenditureType { get; init; }

    public FundingSource? FundingSource { get; init; }

    /// <summary>Special rows of the economic view: "PROJECT" (project spending) or "UNALLOCATED" (gap to a finding).</summary>
    public string? Marker { get; init; }

    /// <summary>In 1/10,000 元 (<see cref="Money"/>).</summary>
    public long Amount { get; init; }

    public required SourceLocation Source { get; init; }
}
