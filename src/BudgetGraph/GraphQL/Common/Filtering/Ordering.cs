using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>Applies order inputs in sequence; the caller ends with the id so the order is total and cursors are stable.</summary>
public static class Ordering
{
    public static IOrderedQueryable<T> ThenOrBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, SortDirection direction) =>
        query is IOrderedQueryable<T> ordered && query.Expression.Type == typeof(IOrderedQueryable<T>)
            ? direction == SortDirection.Desc ? ordered.ThenByDescending(key) : ordered.ThenBy(key)
            : direction == SortDirection.Desc ? query.OrderByDescending(key) : query.OrderBy(key);
}
