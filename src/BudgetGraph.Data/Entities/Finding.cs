using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>A reconciliation result: where the document agrees with itself only within rounding, or disagrees.</summary>
public class Finding
{
    public int Id { get; set; }

    public required string DocumentId { get; set; }

    public Severity Severity { get; set; }

    /// <summary>Stable machine code, e.g. "ECONOMIC_SUMMARY_TOTAL_MISMATCH".</summary>
    public required string Code { get; set; }

    public required string Message { get; set; }

    /// <summary>The table the finding is about, as its citation label.</summary>
    public string? Table { get; set; }

    /// <summary>Difference in 1/10,000 元, stated minus computed where that applies.</summary>
    public long? Difference { get; set; }

    public List<FindingLocation> Locations { get; } = [];
}
