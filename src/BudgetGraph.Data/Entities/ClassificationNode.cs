using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>A code of one classification scheme in one year, with the name used that year.</summary>
public class ClassificationNode
{
    public ClassificationScheme Scheme { get; set; }

    public int Year { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public NameOrigin NameOrigin { get; set; }

    /// <summary>1 = 类, 2 = 款, 3 = 项.</summary>
    public int Level { get; set; }

    public string? ParentCode { get; set; }
}
