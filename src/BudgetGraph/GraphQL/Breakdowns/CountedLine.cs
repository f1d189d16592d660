using BudgetGraph.Data.Entities;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>A line that counts in an aggregation, with the department whose document it is (<see cref="LineFacts.Counted"/>).</summary>
public sealed class CountedLine
{
    public required BudgetLine Line { get; init; }

    public required string OwnerId { get; init; }
}
