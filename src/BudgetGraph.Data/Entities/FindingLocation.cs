using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>One table cell or row a finding points at.</summary>
public class FindingLocation
{
    public int Id { get; set; }

    public int FindingId { get; set; }

    public required SourceLocation Source { get; set; }
}
