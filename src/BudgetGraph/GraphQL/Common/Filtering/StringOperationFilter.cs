using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>StringOperationFilterInput: all given operators must hold, comparing ordinally (case-sensitive) on every engine.</summary>
public sealed class StringOperationFilter
{
    public string? Eq { get; set; }

    public string? Neq { get; set; }

    public List<string>? In { get; set; }

    public List<string>? Nin { get; set; }

    public string? StartsWith { get; set; }

    public string? Contains { get; set; }

    public Expression<Func<string?, bool>> ToPredicate()
    {
        var predicate = Predicate.True<string?>();
        if (Eq is { } eq)
            predicate = predicate.And(value => value == eq);
        if (Neq is { } neq)
            predicate = predicate.And(value => value != neq);
        if (In is { } included)
            predicate = predicate.And(value => value != null && included.Contains(value));
        if (Nin is { } excluded)
            predicate = predicate.And(value => value == null || !excluded.Contains(value));
        // Ordinal on both engines: SQLite's LIKE, which StartsWith becomes, ignores ASCII case, so the prefix is also
        // compared exactly (codes and hashes are exact); the LIKE stays for the index it can use on PostgreSQL.
        if (StartsWith is { } prefix)
            predicate = predicate.And(value => value != null && value.StartsWith(prefix) && value.Substring(0, prefix.Length) == prefix);
        if (Contains is { } part)
            predicate = predicate.And(value => value != null && value.Contains(part));
        return predicate;
    }
}
