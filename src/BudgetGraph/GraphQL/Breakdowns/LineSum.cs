using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>
/// The lines of one document in one group, summed in SQL (<see cref="LineSums"/>): the printed subtotal where the
/// document prints one for the group, and the group's label. Settable members, so EF Core can compose queries over it.
/// </summary>
public sealed class LineSum
{
    public int Year { get; init; }

    public string DocumentId { get; init; } = "";

    /// <summary>The department whose document it is.</summary>
    public string OwnerId { get; init; } = "";

    /// <summary>The code prefix of the level (a marker such as PROJECT for the economic views); "" for DEPARTMENT.</summary>
    public string? Code { get; init; }

    public ExpenditureType? ExpenditureType { get; init; }

    public FundingSource? FundingSource { get; init; }

    /// <summary>In 1/10,000 元.</summary>
    public long Amount { get; init; }

    /// <summary>The amount is the document's printed subtotal of the group (read from the rollup: <see cref="Data.Entities.LineRollup.Printed"/>).</summary>
    public bool Printed { get; init; }

    /// <summary>Name as published (classification node or department); null for keys labelled in code.</summary>
    public string? Label { get; init; }
}
