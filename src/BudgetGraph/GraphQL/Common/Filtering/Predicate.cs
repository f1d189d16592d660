using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>Combines predicate expressions so that filter inputs translate to one SQL WHERE clause.</summary>
public static class Predicate
{
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>Applies a predicate on a value to the value <paramref name="selector"/> picks: (l => l.Code) ∘ (v => v == "201").</summary>
    public static Expression<Func<T, bool>> On<T, TValue>(this Expression<Func<TValue, bool>> predicate, Expression<Func<T, TValue>> selector) =>
        Expression.Lambda<Func<T, bool>>(Replace(predicate.Body, predicate.Parameters[0], selector.Body), selector.Parameters);

    /// <summary>ANDs all predicates; true when there are none.</summary>
    public static Expression<Func<T, bool>> All<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        predicates.Aggregate(True<T>(), (all, next) => all.And(next));

    /// <summary>ORs all predicates.</summary>
    public static Expression<Func<T, bool>> Any<T>(IReadOnlyCollection<Expression<Func<T, bool>>> predicates) =>
        predicates.Count == 0 ? True<T>() : predicates.Skip(1).Aggregate(predicates.First(), (any, next) => any.Or(next));

    private static Expression<Func<T, bool>> Combine<T>(
        Expression<Func<T, bool>> left, Expression<Func<T, bool>> right, Func<Expression, Expression, BinaryExpression> combine) =>
        Expression.Lambda<Func<T, bool>>(combine(left.Body, Replace(right.Body, right.Parameters[0], left.Parameters[0])), left.Parameters);

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression replacement) =>
        new ParameterReplacer(parameter, replacement).Visit(body);

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
