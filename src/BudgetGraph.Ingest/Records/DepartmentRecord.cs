using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Records;

/// <summary>A department or one of its units, as a document names it; the id is natural (<see cref="NaturalKeys.Department"/>).</summary>
public sealed record DepartmentRecord
{
    public required string Id { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>The code the document prints for it (单位编码), where it prints one.</summary>
    public string? Code { get; init; }

    public required string Name { get; init; }

    public Scope Scope { get; init; }

    /// <summary>The department a unit belongs to; null for the department itself.</summary>
    public string? ParentId { get; init; }
}
