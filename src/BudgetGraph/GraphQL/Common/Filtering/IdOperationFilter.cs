using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>IdOperationFilterInput. Split into what must match and what must not, because an id filter on a
/// department also matches its units and "neq" must then exclude the units too.</summary>
public sealed class IdOperationFilter
{
    public string? Eq { get; set; }

    public string? Neq { get; set; }

    public List<string>? In { get; set; }

    public List<string>? Nin { get; set; }

    /// <summary>Ids a row must match (eq, in), or null when neither is given.</summary>
    public Expression<Func<string?, bool>>? Included()
    {
        var predicate = Predicate.True<string?>();
        if (Eq is null && In is null)
            return null;
        if (Eq is { } eq)
            predicate = predicate.And(id => id == eq);
        if (In is { } included)
            predicate = predicate.And(id => id != null && included.Contains(id));
        return predicate;
    }

    /// <summary>Ids a row must not match (neq, nin), or null when neither is given.</summary>
    public Expression<Func<string?, bool>>? Excluded()
    {
        var excluded = new List<string>(Nin ?? []);
        if (Neq is { } neq)
            excluded.Add(neq);
        return excluded.Count == 0 ? null : id => id != null && excluded.Contains(id);
    }

    /// <summary>The plain predicate on an id column.</summary>
    public Expression<Func<string?, bool>> ToPredicate()
    {
        var predicate = Included() ?? Predicate.True<string?>();
        return Excluded() is { } excluded ? predicate.And(excluded.Not()) : predicate;
    }
}
