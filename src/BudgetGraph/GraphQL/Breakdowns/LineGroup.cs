using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Breakdowns;

/// <summary>The lines of one group: their sum (1/10,000 元) and the cells they were read from.</summary>
public sealed record LineGroup(long Amount, IReadOnlyList<SourceRef> Sources)
{
    public static LineGroup Of(IEnumerable<LineFact> facts)
    {
        var list = facts.ToList();
        return new LineGroup(list.Sum(f => f.Amount), [.. list.Select(f => f.Citation)]);
    }
}
