using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>IntOperationFilterInput: all given operators must hold.</summary>
public sealed class IntOperationFilter
{
    public int? Eq { get; set; }

    public int? Neq { get; set; }

    public List<int>? In { get; set; }

    public List<int>? Nin { get; set; }

    public int? Gt { get; set; }

    public int? Gte { get; set; }

    public int? Lt { get; set; }

    public int? Lte { get; set; }

    public Expression<Func<int, bool>> ToPredicate()
    {
        var predicate = Predicate.True<int>();
        if (Eq is { } eq)
            predicate = predicate.And(value => value == eq);
        if (Neq is { } neq)
            predicate = predicate.And(value => value != neq);
        if (In is { } included)
            predicate = predicate.And(value => included.Contains(value));
        if (Nin is { } excluded)
            predicate = predicate.And(value => !excluded.Contains(value));
        if (Gt is { } gt)
            predicate = predicate.And(value => value > gt);
        if (Gte is { } gte)
            predicate = predicate.And(value => value >= gte);
        if (Lt is { } lt)
            predicate = predicate.And(value => value < lt);
        if (Lte is { } lte)
            predicate = predicate.And(value => value <= lte);
        return predicate;
    }
}
