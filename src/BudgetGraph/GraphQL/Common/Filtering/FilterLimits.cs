using BudgetGraph.GraphQL.Common.Errors;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>
/// How large a filter may be: an `in`/`nin` list of at most <see cref="MaxListItems"/> values, at most
/// <see cref="MaxBranches"/> `and`/`or` branches in a whole filter, nested ones counted. Larger ones are refused with
/// FILTER_TOO_LARGE as the input is read, before a query is built (a database would answer "too many SQL variables" or
/// "expression tree is too large", which is the client's request, not an outage).
/// </summary>
public static class FilterLimits
{
    public const int MaxListItems = 500;

    public const int MaxBranches = 50;

    /// <summary>Checks the operator input's lists (in, nin).</summary>
    public static void CheckLists(IDictionary<string, object?> value)
    {
        foreach (var name in new[] { "in", "nin" })
        {
            if (value.TryGetValue(name, out var list) && list is System.Collections.ICollection { Count: > MaxListItems } items)
                throw new FilterTooLargeError($"'{name}' lists {items.Count} values; a filter may list at most {MaxListItems}.");
        }
    }

    /// <summary>The branches of a filter with its nested and/or filters, checked against <see cref="MaxBranches"/>.</summary>
    public static int Branches<TFilter>(IEnumerable<TFilter>? and, IEnumerable<TFilter>? or, Func<TFilter, int> branchesOf)
    {
        var branches = 0;
        foreach (var filter in (and ?? []).Concat(or ?? []))
            branches += 1 + branchesOf(filter);
        if (branches > MaxBranches)
            throw new FilterTooLargeError($"the filter has {branches} and/or branches; at most {MaxBranches} are read.");
        return branches;
    }
}
