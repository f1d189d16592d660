using BudgetGraph.Data.Values;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// One document's lines of one department summed in one group of a breakdown dimension and level, written at import
/// (<see cref="Rollups.LineRollups"/>): the rules that depend on that document alone — the group's key, and the printed
/// subtotal standing in for the sum of its rounded rows — applied once. Rules that depend on other documents (which
/// unit documents a department's own replaces, the label of a code by the nearest year) stay at query time.
/// </summary>
public class LineRollup
{
    public long Id { get; set; }

    public required string DocumentId { get; set; }

    /// <summary>The department of the lines (a unit's lines in a Henan document are the unit's), as <see cref="BudgetLine.DepartmentId"/>.</summary>
    public required string DepartmentId { get; set; }

    public int Year { get; set; }

    public BudgetStage Stage { get; set; }

    public Dimension Dimension { get; set; }

    /// <summary>1 = 类, 2 = 款, 3 = 项 for classifications; 1 for the dimensions without levels.</summary>
    public int Level { get; set; }

    /// <summary>The group's code prefix, or the line's marker (PROJECT) in the economic views; "" for DEPARTMENT; null where the lines have none.</summary>
    public string? Code { get; set; }

    public ExpenditureType? ExpenditureType { get; set; }

    public FundingSource? FundingSource { get; set; }

    /// <summary>In 1/10,000 元: the printed subtotal where the document prints one for the group, else the lines' sum.</summary>
    public long Amount { get; set; }

    /// <summary>The amount is the document's printed subtotal of the group (its citation is that cell, not the lines').</summary>
    public bool Printed { get; set; }
}
