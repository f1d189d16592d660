using System.Linq.Expressions;

namespace BudgetGraph.GraphQL.Common.Filtering;

/// <summary>XxxOperationFilterInput of an enum: eq neq in nin, all given must hold.</summary>
public sealed class EnumOperationFilter<TEnum>
    where TEnum : struct, Enum
{
    public TEnum? Eq { get; set; }

    public TEnum? Neq { get; set; }

    public List<TEnum>? In { get; set; }

    public List<TEnum>? Nin { get; set; }

    /// <summary>Predicate on a nullable enum column; a non-nullable column is selected as (TEnum?)l.Column.</summary>
    public Expression<Func<TEnum?, bool>> ToPredicate()
    {
        var value = Expression.Parameter(typeof(TEnum?), "value");
        var predicate = Predicate.True<TEnum?>();
        if (Eq is { } eq)
            predicate = predicate.And(Lambda(Expression.Equal(value, Constant(eq)), value));
        if (Neq is { } neq)
            predicate = predicate.And(Lambda(Expression.NotEqual(value, Constant(neq)), value));
        if (In is { } included)
            predicate = predicate.And(Lambda(ContainsCall(included, value), value));
        if (Nin is { } excluded)
            predicate = predicate.And(Lambda(Expression.Not(ContainsCall(excluded, value)), value));
        return predicate;
    }

    private static ConstantExpression Constant(TEnum value) => Expression.Constant(value, typeof(TEnum?));

    private static MethodCallExpression ContainsCall(List<TEnum> values, ParameterExpression value) =>
        Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TEnum?)],
            Expression.Constant(values.Select(v => (TEnum?)v).ToList()), value);

    private static Expression<Func<TEnum?, bool>> Lambda(Expression body, ParameterExpression value) =>
        Expression.Lambda<Func<TEnum?, bool>>(body, value);
}
