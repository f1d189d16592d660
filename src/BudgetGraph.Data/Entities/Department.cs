using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// A department (部门) or budget unit (单位). Identity is region + scope + code (or the normalised name when no
/// code is published); <see cref="Id"/> spells that natural key so ids are stable across re-imports.
/// </summary>
public class Department
{
    public required string Id { get; set; }

    public required string RegionCode { get; set; }

    public Region? Region { get; set; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    public Scope Scope { get; set; }

    public string? ParentId { get; set; }

    public Department? Parent { get; set; }

    public List<Department> Units { get; } = [];
}
